package app.frontoffice.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static app.frontoffice.deploy.Deploy.assertNoProblems;

/** One Deployment and Service per service, on the README's ports, with probes, limits and the right configuration. */
class ServiceDeploymentsTest {

    /** Runs check for every service in the base and in every overlay, collecting problems. */
    private interface Check {
        void check(Kustomize.Rendered r, Deploy.Service s, Res deployment, ObjectNode container, List<String> problems);
    }

    private static void forEveryService(String what, Check check) {
        List<String> problems = new ArrayList<>();
        for (Kustomize.Rendered r : Deploy.allRendered()) {
            for (Deploy.Service s : Deploy.SERVICES) {
                Optional<Res> d = r.find("Deployment", s.name());
                if (d.isEmpty()) {
                    problems.add(r.show() + ": no Deployment/" + s.name());
                    continue;
                }
                ObjectNode c = container(d.get(), s);
                if (c == null) {
                    problems.add(r.show() + ": " + d.get().where() + " has no container named " + s.name());
                    continue;
                }
                check.check(r, s, d.get(), c, problems);
            }
        }
        assertNoProblems(what, problems);
    }

    static ObjectNode container(Res deployment, Deploy.Service s) {
        for (ObjectNode c : deployment.containers()) {
            if (c.path("name").asText().equals(s.name())) {
                return c;
            }
        }
        return null;
    }

    static String at(Kustomize.Rendered r, Res d, ObjectNode c) {
        return r.show() + ": " + d.where() + " container " + c.path("name").asText();
    }

    /** A probe's or Service's port, by number or by the container port's name. */
    static int resolvePort(ObjectNode c, JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        for (JsonNode p : c.path("ports")) {
            if (p.path("name").asText().equals(port.asText())) {
                return p.path("containerPort").asInt();
            }
        }
        return -1;
    }

    static Optional<JsonNode> env(ObjectNode c, String name) {
        for (JsonNode e : c.path("env")) {
            if (e.path("name").asText().equals(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    @Test
    void portsMatchTheReadmeDefaults() {
        forEveryService("Ports differ from the README's defaults (README.md, 'Default ports')", (r, s, d, c, problems) -> {
            int port = Deploy.readmePort(s);
            String where = at(r, d, c);
            int http = resolvePort(c, com.fasterxml.jackson.databind.node.TextNode.valueOf("http"));
            if (http != port) {
                problems.add(where + ": container port 'http' is " + http + ", README says " + s.portVariable() + " = " + port);
            }
            String env = env(c, "QUARKUS_HTTP_PORT").map(e -> e.path("value").asText()).orElse("unset");
            if (!env.equals(String.valueOf(port))) {
                problems.add(where + ": QUARKUS_HTTP_PORT is " + env + ", expected " + port);
            }
            Optional<Res> svc = r.find("Service", s.name());
            if (svc.isEmpty()) {
                problems.add(r.show() + ": no Service/" + s.name());
                return;
            }
            JsonNode selector = svc.get().doc().path("spec").path("selector");
            JsonNode podLabels = d.doc().path("spec").path("template").path("metadata").path("labels");
            for (Iterator<Map.Entry<String, JsonNode>> it = selector.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!podLabels.path(e.getKey()).asText().equals(e.getValue().asText())) {
                    problems.add(r.show() + ": " + svc.get().where() + " selects " + e.getKey() + "=" + e.getValue().asText()
                            + ", which the pods of " + d.where() + " do not carry");
                }
            }
            if (selector.isEmpty()) {
                problems.add(r.show() + ": " + svc.get().where() + " has no selector");
            }
            boolean found = false;
            for (JsonNode p : svc.get().doc().path("spec").path("ports")) {
                int target = resolvePort(c, p.has("targetPort") ? p.get("targetPort") : p.get("port"));
                if (p.path("port").asInt() == port && target == port) {
                    found = true;
                }
            }
            if (!found) {
                problems.add(r.show() + ": " + svc.get().where() + " does not expose port " + port
                        + " to the container's port " + port + " (" + svc.get().doc().path("spec").path("ports") + ")");
            }
        });
    }

    @Test
    void probesUseTheQuarkusHealthEndpointsOnTheServicePort() {
        Map<String, String> paths = Map.of("livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready");
        forEveryService("Health probes", (r, s, d, c, problems) -> {
            int port = Deploy.readmePort(s);
            String where = at(r, d, c);
            for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                JsonNode get = c.path(probe).path("httpGet");
                if (get.isMissingNode()) {
                    problems.add(where + ": no " + probe + ".httpGet");
                    continue;
                }
                String path = get.path("path").asText();
                String expected = paths.get(probe);
                if (expected != null ? !path.equals(expected) : !path.startsWith("/q/health")) {
                    problems.add(where + ": " + probe + " path is '" + path + "', expected "
                            + (expected != null ? "'" + expected + "'" : "a /q/health endpoint"));
                }
                int probePort = resolvePort(c, get.path("port"));
                if (probePort != port) {
                    problems.add(where + ": " + probe + " port " + get.path("port") + " resolves to " + probePort + ", expected " + port);
                }
            }
        });
    }

    @Test
    void replicasAndRolloutStrategy() {
        forEveryService("Replicas and rollout strategy", (r, s, d, c, problems) -> {
            JsonNode spec = d.doc().path("spec");
            int replicas = spec.path("replicas").asInt(1);
            if (s.replicas() != null && replicas != s.replicas()) {
                problems.add(r.show() + ": " + d.where() + " has replicas " + replicas + ", expected " + s.replicas()
                        + (s.name().equals("gateway-bot") ? " (a Discord bot token allows one gateway session)" : ""));
            }
            String strategy = spec.path("strategy").path("type").asText("RollingUpdate");
            if (s.name().equals("gateway-bot") && !strategy.equals("Recreate")) {
                problems.add(r.show() + ": " + d.where() + " has strategy " + strategy
                        + ", expected Recreate (a rolling update would run two gateway sessions)");
            }
            String image = c.path("image").asText();
            if (!Images.repository(image).equals(Deploy.IMAGE_PREFIX + s.name())) {
                problems.add(at(r, d, c) + ": image is " + image + ", expected " + Deploy.IMAGE_PREFIX + s.name() + ":<tag>");
            }
        });
    }

    @Test
    void draftServiceHasAPodDisruptionBudget() {
        List<String> problems = new ArrayList<>();
        for (Kustomize.Rendered r : Deploy.allRendered()) {
            Res d = r.get("Deployment", "draft-service");
            JsonNode podLabels = d.doc().path("spec").path("template").path("metadata").path("labels");
            int replicas = d.doc().path("spec").path("replicas").asInt(1);
            Optional<Res> pdb = r.ofKind("PodDisruptionBudget").stream().filter(p -> {
                JsonNode match = p.doc().path("spec").path("selector").path("matchLabels");
                if (match.isEmpty()) {
                    return false;
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = match.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (!podLabels.path(e.getKey()).asText().equals(e.getValue().asText())) {
                        return false;
                    }
                }
                return true;
            }).findFirst();
            if (pdb.isEmpty()) {
                problems.add(r.show() + ": no PodDisruptionBudget selects the pods of " + d.where());
                continue;
            }
            JsonNode spec = pdb.get().doc().path("spec");
            boolean keepsOne = spec.has("minAvailable") ? spec.path("minAvailable").asInt() >= 1 && spec.path("minAvailable").asInt() < replicas
                    : spec.path("maxUnavailable").asInt() >= 1 && spec.path("maxUnavailable").asInt() < replicas;
            if (!keepsOne) {
                problems.add(r.show() + ": " + pdb.get().where() + " " + spec + " must keep at least one of " + replicas
                        + " replicas up while still allowing a drain");
            }
        }
        assertNoProblems("draft-service PodDisruptionBudget", problems);
    }

    @Test
    void environmentConfiguresKafkaDatabaseDiscordGoogleAndSheets() {
        forEveryService("Service environment", (r, s, d, c, problems) -> {
            String where = at(r, d, c);
            Res kafka = KafkaTest.kafka(r);
            int plainPort = 9092;
            for (JsonNode l : kafka.doc().path("spec").path("kafka").path("listeners")) {
                if (!l.path("tls").asBoolean(false) && l.path("type").asText().equals("internal")) {
                    plainPort = l.path("port").asInt();
                }
            }
            String bootstrap = kafka.name() + "-kafka-bootstrap:" + plainPort;
            expectValue(c, "KAFKA_BOOTSTRAP_SERVERS", bootstrap, where + " (the Strimzi bootstrap Service of " + kafka.where() + ")", problems);
            expectValue(c, "FRONTOFFICE_TOPICS_CREATE", "false", where + " (Strimzi owns the topics)", problems);
            for (String v : List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                Optional<JsonNode> e = env(c, v);
                if (s.database() == null) {
                    e.ifPresent(x -> problems.add(where + ": sets " + v + " but " + s.name() + " has no database"));
                } else if (e.isEmpty()) {
                    problems.add(where + ": " + v + " is not set");
                } else if (!e.get().path("valueFrom").path("secretKeyRef").path("name").asText().equals(s.databaseSecret())) {
                    problems.add(where + ": " + v + " must come from secretKeyRef of Secret " + s.databaseSecret() + ", is " + e.get());
                }
            }
            if (s.discord()) {
                Optional<JsonNode> e = env(c, "DISCORD_TOKEN");
                if (e.isEmpty() || !e.get().path("valueFrom").has("secretKeyRef")) {
                    problems.add(where + ": DISCORD_TOKEN must come from a secretKeyRef, is " + e.map(JsonNode::toString).orElse("unset"));
                }
            }
            if (s.discord()) {
                JsonNode ref = env(c, "DISCORD_GUILD_ID").map(e -> e.path("valueFrom").path("configMapKeyRef"))
                        .orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
                if (ref.isMissingNode()) {
                    problems.add(where + ": DISCORD_GUILD_ID (the league guild; the bot will not start without it) "
                            + "must come from a configMapKeyRef, so each overlay sets its own");
                }
            }
            if (s.adminApi()) {
                Optional<JsonNode> e = env(c, "FRONTOFFICE_ADMIN_TOKEN");
                if (e.isEmpty() || !e.get().path("valueFrom").has("secretKeyRef")) {
                    problems.add(where + ": FRONTOFFICE_ADMIN_TOKEN must come from a secretKeyRef (without it the admin "
                            + "endpoints are open), is " + e.map(JsonNode::toString).orElse("unset"));
                }
            }
            for (JsonNode e : c.path("env")) {
                JsonNode ref = e.path("valueFrom").path("configMapKeyRef");
                if (!ref.isMissingNode() && !ref.path("optional").asBoolean(false)) {
                    Optional<Res> cm = r.find("ConfigMap", ref.path("name").asText());
                    if (cm.isEmpty() || !cm.get().doc().path("data").has(ref.path("key").asText())) {
                        problems.add(where + ": env " + e.path("name").asText() + " reads key '" + ref.path("key").asText()
                                + "' of ConfigMap " + ref.path("name").asText() + ", which is not deployed");
                    }
                }
            }
            if (s.google()) {
                String path = env(c, "GOOGLE_APPLICATION_CREDENTIALS").map(e -> e.path("value").asText()).orElse("");
                if (SecretsTest.secretVolumeFor(d, c, path).isEmpty()) {
                    problems.add(where + ": GOOGLE_APPLICATION_CREDENTIALS ('" + path
                            + "') must name a file in a volume mounted from a Secret");
                }
            }
            if (s.draftSheets()) {
                boolean fromConfigMap = false;
                for (JsonNode from : c.path("envFrom")) {
                    String cm = from.path("configMapRef").path("name").asText();
                    if (!cm.isEmpty()) {
                        fromConfigMap = true;
                        if (r.find("ConfigMap", cm).isEmpty()) {
                            problems.add(where + ": envFrom names ConfigMap " + cm + ", which is not deployed");
                        }
                    }
                }
                if (!fromConfigMap) {
                    problems.add(where + ": needs DRAFT_SHEET_KEY_<season> from a ConfigMap (envFrom configMapRef)");
                }
            }
        });
    }

    private static void expectValue(ObjectNode c, String name, String expected, String where, List<String> problems) {
        String actual = env(c, name).map(e -> e.path("value").asText()).orElse("unset");
        if (!actual.equals(expected)) {
            problems.add(where + ": " + name + " is '" + actual + "', expected '" + expected + "'");
        }
    }

    @Test
    void resourcesSecurityContextAndMetrics() {
        forEveryService("Resources, security context and metrics", (r, s, d, c, problems) -> {
            String where = at(r, d, c);
            long request = mebibytes(c.path("resources").path("requests").path("memory").asText());
            long limit = mebibytes(c.path("resources").path("limits").path("memory").asText());
            if (request <= 0 || limit <= 0) {
                problems.add(where + ": needs resources.requests.memory and resources.limits.memory, has " + c.path("resources"));
            } else if (request > limit || limit < 256 || limit > 1024) {
                problems.add(where + ": memory request " + request + "Mi / limit " + limit
                        + "Mi; a JVM service wants a limit of 256Mi-1Gi and a request not above it");
            }
            if (!c.path("resources").path("requests").has("cpu")) {
                problems.add(where + ": needs resources.requests.cpu");
            }
            JsonNode pod = d.podSpec();
            boolean nonRoot = c.path("securityContext").path("runAsNonRoot").asBoolean(
                    pod.path("securityContext").path("runAsNonRoot").asBoolean(false));
            if (!nonRoot) {
                problems.add(where + ": needs securityContext.runAsNonRoot: true");
            }
            if (!c.path("securityContext").path("readOnlyRootFilesystem").asBoolean(false)) {
                problems.add(where + ": needs securityContext.readOnlyRootFilesystem: true");
            }
            if (c.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)) {
                problems.add(where + ": needs securityContext.allowPrivilegeEscalation: false");
            }
            String tmpVolume = null;
            for (JsonNode m : c.path("volumeMounts")) {
                if (m.path("mountPath").asText().equals("/tmp")) {
                    tmpVolume = m.path("name").asText();
                }
            }
            boolean emptyDir = false;
            for (JsonNode v : pod.path("volumes")) {
                if (v.path("name").asText().equals(tmpVolume) && v.has("emptyDir")) {
                    emptyDir = true;
                }
            }
            if (!emptyDir) {
                problems.add(where + ": needs an emptyDir volume mounted at /tmp (the root filesystem is read-only)");
            }
            JsonNode annotations = d.doc().path("spec").path("template").path("metadata").path("annotations");
            boolean annotated = annotations.path("prometheus.io/scrape").asText().equals("true")
                    && annotations.path("prometheus.io/path").asText().equals("/q/metrics")
                    && annotations.path("prometheus.io/port").asText().equals(String.valueOf(Deploy.readmePort(s)));
            boolean serviceMonitor = r.ofKind("ServiceMonitor").stream()
                    .anyMatch(m -> m.doc().path("spec").path("endpoints").toString().contains("/q/metrics"));
            if (!annotated && !serviceMonitor) {
                problems.add(where + ": no Prometheus scrape of /q/metrics on port " + Deploy.readmePort(s)
                        + " (pod annotations prometheus.io/scrape, /path, /port, or a ServiceMonitor)");
            }
        });
    }

    /** "512Mi" → 512, "1Gi" → 1024, "500M" → 476; 0 when unset or unreadable. */
    static long mebibytes(String q) {
        try {
            if (q.endsWith("Gi")) return Long.parseLong(q.substring(0, q.length() - 2)) * 1024;
            if (q.endsWith("Mi")) return Long.parseLong(q.substring(0, q.length() - 2));
            if (q.endsWith("G")) return Long.parseLong(q.substring(0, q.length() - 1)) * 1_000_000_000L / 1_048_576;
            if (q.endsWith("M")) return Long.parseLong(q.substring(0, q.length() - 1)) * 1_000_000L / 1_048_576;
            return Long.parseLong(q) / 1_048_576;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
