package app.frontoffice.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.frontoffice.deploy.Deploy.assertNoProblems;
import static app.frontoffice.deploy.DeployPaths.show;

/** PostgreSQL: a StatefulSet on a PVC, a Service, credentials from Secrets, one database per service. */
class PostgresTest {

    private static final Pattern JDBC_DATABASE = Pattern.compile("jdbc:postgresql://[^/\\s]+/([A-Za-z0-9_]+)");

    @Test
    void postgresRunsAsAStatefulSetOnAPersistentVolumeBehindAService() {
        List<String> problems = new ArrayList<>();
        for (Kustomize.Rendered r : Deploy.allRendered()) {
            Optional<Res> found = r.find("StatefulSet", "postgres");
            if (found.isEmpty()) {
                problems.add(r.show() + ": no StatefulSet/postgres");
                continue;
            }
            Res sts = found.get();
            ObjectNode c = sts.containers().stream().filter(x -> x.path("name").asText().equals("postgres")).findFirst().orElse(null);
            if (c == null) {
                problems.add(r.show() + ": " + sts.where() + " has no container named postgres");
                continue;
            }
            String image = c.path("image").asText();
            if (!Images.repository(image).equals("postgres") || !String.valueOf(Images.tag(image)).matches("16(\\..*)?")) {
                problems.add(r.show() + ": " + sts.where() + " image is " + image + ", expected postgres:16");
            }
            Set<String> claims = new HashSet<>();
            for (JsonNode t : sts.doc().path("spec").path("volumeClaimTemplates")) {
                if (!t.path("spec").path("resources").path("requests").path("storage").asText().isEmpty()) {
                    claims.add(t.path("metadata").path("name").asText());
                }
            }
            String pgdata = ServiceDeploymentsTest.env(c, "PGDATA").map(e -> e.path("value").asText())
                    .orElse("/var/lib/postgresql/data");
            boolean dataOnClaim = false;
            boolean initScripts = false;
            for (JsonNode m : c.path("volumeMounts")) {
                String mount = m.path("mountPath").asText();
                if (claims.contains(m.path("name").asText()) && (pgdata + "/").startsWith(mount.endsWith("/") ? mount : mount + "/")) {
                    dataOnClaim = true;
                }
                if (mount.equals("/docker-entrypoint-initdb.d")) {
                    for (JsonNode v : sts.podSpec().path("volumes")) {
                        if (v.path("name").asText().equals(m.path("name").asText())
                                && r.find("ConfigMap", v.path("configMap").path("name").asText()).isPresent()) {
                            initScripts = true;
                        }
                    }
                }
            }
            if (!dataOnClaim) {
                problems.add(r.show() + ": " + sts.where() + " PGDATA " + pgdata + " is not on a volumeClaimTemplate (data would be lost)");
            }
            if (!initScripts) {
                problems.add(r.show() + ": " + sts.where() + " mounts no deployed ConfigMap at /docker-entrypoint-initdb.d");
            }
            JsonNode password = ServiceDeploymentsTest.env(c, "POSTGRES_PASSWORD").map(e -> e.path("valueFrom").path("secretKeyRef"))
                    .orElse(null);
            if (password == null || password.isMissingNode()) {
                problems.add(r.show() + ": " + sts.where() + " POSTGRES_PASSWORD must come from a secretKeyRef");
            }
            Optional<Res> svc = r.find("Service", sts.doc().path("spec").path("serviceName").asText());
            if (svc.isEmpty()) {
                problems.add(r.show() + ": " + sts.where() + " names serviceName '" + sts.doc().path("spec").path("serviceName").asText()
                        + "', which is not deployed");
            } else if (!svc.get().doc().path("spec").path("ports").toString().contains("5432")) {
                problems.add(r.show() + ": " + svc.get().where() + " does not expose 5432");
            }
        }
        assertNoProblems("PostgreSQL", problems);
    }

    @Test
    void theInitScriptCreatesEachServicesDatabaseAndTheTemplateUrlsPointAtThem() {
        Res sts = Deploy.base().get("StatefulSet", "postgres");
        String initScripts = "";
        for (JsonNode v : sts.podSpec().path("volumes")) {
            if (v.has("configMap")) {
                initScripts += Deploy.base().get("ConfigMap", v.path("configMap").path("name").asText()).doc().path("data").toString();
            }
        }
        List<String> problems = new ArrayList<>();
        Set<String> databases = new HashSet<>();
        for (Deploy.Service s : Deploy.SERVICES) {
            if (s.database() == null) {
                continue;
            }
            if (!databases.add(s.database())) {
                problems.add("two services share database " + s.database() + "; each service owns its own");
            }
            if (!Pattern.compile("\\b" + s.database() + "\\b").matcher(initScripts).find()) {
                problems.add("the PostgreSQL init script (deploy/k8s/base/postgres/init-configmap.yaml) does not create database "
                        + s.database() + " for " + s.name());
            }
            Optional<Path> props = Deploy.applicationProperties(s);
            if (props.isPresent()) {
                Matcher m = JDBC_DATABASE.matcher(Deploy.read(props.get()));
                if (m.find() && !m.group(1).equals(s.database())) {
                    problems.add(show(props.get()) + " uses database " + m.group(1) + " but deploy expects " + s.database()
                            + " for " + s.name() + " (update Deploy.SERVICES and the init script)");
                }
            }
            Optional<ObjectNode> secret = Yaml.readObjects(DeployPaths.SECRET_EXAMPLE).stream()
                    .filter(d -> d.path("metadata").path("name").asText().equals(s.databaseSecret())).findFirst();
            String url = secret.map(d -> d.path("stringData").path("jdbc-url").asText()).orElse("");
            Matcher m = JDBC_DATABASE.matcher(url);
            if (!m.find() || !m.group(1).equals(s.database())) {
                problems.add(show(DeployPaths.SECRET_EXAMPLE) + " Secret " + s.databaseSecret() + " jdbc-url '" + url
                        + "' should point at database " + s.database());
            }
        }
        assertNoProblems("One database per service", problems);
    }
}
