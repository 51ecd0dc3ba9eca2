package app.frontoffice.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static app.frontoffice.deploy.Deploy.assertNoProblems;
import static app.frontoffice.deploy.DeployPaths.show;

/** Credentials come only from Secrets (secretKeyRef or mounted files); the repository holds none. */
class SecretsTest {

    /** Environment variable or ConfigMap key names that hold credentials. */
    static final Pattern SECRET_NAME = Pattern.compile("(?i).*(TOKEN|PASSWORD|PASSWD|SECRET|CREDENTIAL|API_?KEY|PRIVATE_?KEY).*");

    /** Values that look like real credentials, wherever they appear. */
    static final Map<String, Pattern> CREDENTIAL_VALUES = Map.of(
            "a Discord bot token", Pattern.compile("[A-Za-z\\d_-]{23,28}\\.[A-Za-z\\d_-]{6,7}\\.[A-Za-z\\d_-]{27,}"),
            "a private key", Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"),
            "a Google API key", Pattern.compile("AIza[0-9A-Za-z_-]{35}"),
            "a password in a JDBC URL", Pattern.compile("(?i)jdbc:[^\\s\"']*[?&;]password="),
            "a service-account private key field", Pattern.compile("\"private_key\"\\s*:\\s*\"[^\"]"));

    /** Keys in secret-example.yaml whose example value may be real (they are not secret). */
    static final Set<String> NON_SECRET_KEYS = Set.of("jdbc-url", "username");
    static final String PLACEHOLDER = "REPLACE_ME";

    /** The Secret volume holding the file at path in the container, if any. */
    static Optional<String> secretVolumeFor(Res workload, ObjectNode c, String path) {
        if (path == null || path.isEmpty()) {
            return Optional.empty();
        }
        for (JsonNode m : c.path("volumeMounts")) {
            String mount = m.path("mountPath").asText();
            if (!mount.isEmpty() && path.startsWith(mount.endsWith("/") ? mount : mount + "/")) {
                for (JsonNode v : workload.podSpec().path("volumes")) {
                    if (v.path("name").asText().equals(m.path("name").asText()) && v.has("secret")) {
                        return Optional.of(v.path("secret").path("secretName").asText());
                    }
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void noContainerHasAnInlineTokenPasswordOrCredential() {
        List<String> problems = new ArrayList<>();
        for (Kustomize.Rendered r : Deploy.allRendered()) {
            for (Res w : r.resources()) {
                if (!w.isWorkload()) {
                    continue;
                }
                for (ObjectNode c : w.containers()) {
                    String where = r.show() + ": " + w.where() + " container " + c.path("name").asText();
                    for (JsonNode e : c.path("env")) {
                        String name = e.path("name").asText();
                        if (e.has("value")) {
                            String value = e.path("value").asText();
                            if (name.equals("GOOGLE_APPLICATION_CREDENTIALS")) {
                                if (secretVolumeFor(w, c, value).isEmpty()) {
                                    problems.add(where + ": GOOGLE_APPLICATION_CREDENTIALS must be the path of a file "
                                            + "in a volume mounted from a Secret, is '" + value + "'");
                                }
                            } else if (SECRET_NAME.matcher(name).matches()) {
                                problems.add(where + ": env " + name + " has an inline value; use valueFrom.secretKeyRef");
                            }
                            CREDENTIAL_VALUES.forEach((what, p) -> {
                                if (p.matcher(value).find()) {
                                    problems.add(where + ": env " + name + " holds what looks like " + what);
                                }
                            });
                        } else if (SECRET_NAME.matcher(name).matches() && !e.path("valueFrom").has("secretKeyRef")) {
                            problems.add(where + ": env " + name + " must come from valueFrom.secretKeyRef, is " + e.path("valueFrom"));
                        }
                    }
                    for (JsonNode from : c.path("envFrom")) {
                        if (from.has("configMapRef")) {
                            r.find("ConfigMap", from.path("configMapRef").path("name").asText())
                                    .ifPresent(cm -> secretKeysInConfigMap(r, cm, problems));
                        }
                    }
                }
            }
        }
        assertNoProblems("Credentials must come from Secrets, never inline", problems);
    }

    @Test
    void noConfigMapHoldsCredentials() {
        List<String> problems = new ArrayList<>();
        for (Kustomize.Rendered r : Deploy.allRendered()) {
            for (Res cm : r.ofKind("ConfigMap")) {
                secretKeysInConfigMap(r, cm, problems);
            }
        }
        assertNoProblems("ConfigMaps holding credentials", new ArrayList<>(new LinkedHashSet<>(problems)));
    }

    private static void secretKeysInConfigMap(Kustomize.Rendered r, Res cm, List<String> problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = cm.doc().path("data").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (SECRET_NAME.matcher(e.getKey()).matches()) {
                problems.add(r.show() + ": " + cm.where() + " has key '" + e.getKey() + "'; credentials belong in a Secret");
            }
            CREDENTIAL_VALUES.forEach((what, p) -> {
                if (p.matcher(e.getValue().asText()).find()) {
                    problems.add(r.show() + ": " + cm.where() + " key '" + e.getKey() + "' holds what looks like " + what);
                }
            });
        }
    }

    @Test
    void everySecretTheManifestsReadIsInTheTemplateAndNoneIsStale() {
        Map<String, Set<String>> template = new LinkedHashMap<>();
        for (ObjectNode doc : Yaml.readObjects(DeployPaths.SECRET_EXAMPLE)) {
            Set<String> keys = new TreeSet<>();
            doc.path("stringData").fieldNames().forEachRemaining(keys::add);
            doc.path("data").fieldNames().forEachRemaining(keys::add);
            template.put(doc.path("metadata").path("name").asText(), keys);
        }
        String tpl = show(DeployPaths.SECRET_EXAMPLE);
        List<String> problems = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (Kustomize.Rendered r : Deploy.allRendered()) {
            for (Res w : r.resources()) {
                if (!w.isWorkload()) {
                    continue;
                }
                for (ObjectNode c : w.containers()) {
                    for (JsonNode e : c.path("env")) {
                        JsonNode ref = e.path("valueFrom").path("secretKeyRef");
                        if (!ref.isMissingNode()) {
                            require(template, ref.path("name").asText(), ref.path("key").asText(),
                                    r.show() + ": " + w.where() + " env " + e.path("name").asText(), tpl, problems, used);
                        }
                    }
                    for (JsonNode from : c.path("envFrom")) {
                        if (from.has("secretRef")) {
                            require(template, from.path("secretRef").path("name").asText(), null,
                                    r.show() + ": " + w.where() + " envFrom", tpl, problems, used);
                        }
                    }
                }
                for (JsonNode v : w.podSpec().path("volumes")) {
                    if (v.has("secret")) {
                        String name = v.path("secret").path("secretName").asText();
                        List<String> keys = new ArrayList<>();
                        v.path("secret").path("items").forEach(i -> keys.add(i.path("key").asText()));
                        if (keys.isEmpty()) {
                            keys.add(null);
                        }
                        for (String key : keys) {
                            require(template, name, key, r.show() + ": " + w.where() + " volume " + v.path("name").asText(),
                                    tpl, problems, used);
                        }
                    }
                }
            }
        }
        for (String name : template.keySet()) {
            if (!used.contains(name)) {
                problems.add(tpl + " describes Secret " + name + ", which no manifest reads (remove it or use it)");
            }
        }
        assertNoProblems("Secrets read by the manifests vs. " + tpl, problems);
    }

    private static void require(Map<String, Set<String>> template, String name, String key, String where, String tpl,
                                List<String> problems, Set<String> used) {
        used.add(name);
        if (!template.containsKey(name)) {
            problems.add(where + " reads Secret " + name + ", which " + tpl + " does not describe (ops would not know to create it)");
        } else if (key != null && !template.get(name).contains(key)) {
            problems.add(where + " reads key '" + key + "' of Secret " + name + ", which " + tpl + " does not have");
        }
    }

    @Test
    void theSecretTemplateHoldsOnlyPlaceholders() {
        List<String> problems = new ArrayList<>();
        for (ObjectNode doc : Yaml.readObjects(DeployPaths.SECRET_EXAMPLE)) {
            String where = show(DeployPaths.SECRET_EXAMPLE) + " Secret " + doc.path("metadata").path("name").asText();
            if (doc.has("data")) {
                problems.add(where + ": use stringData with placeholders, not base64 data");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("stringData").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!NON_SECRET_KEYS.contains(e.getKey()) && !e.getValue().asText().startsWith(PLACEHOLDER)) {
                    problems.add(where + " key '" + e.getKey() + "': the value must be a placeholder starting with " + PLACEHOLDER);
                }
            }
        }
        assertNoProblems("Secret template values", problems);
    }

    @Test
    void nothingInTheDeployModuleLooksLikeARealCredential() {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(DeployPaths.MODULE)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path rel = DeployPaths.MODULE.relativize(f);
                if (rel.startsWith("target") || f.toString().endsWith(".java")) {
                    continue;
                }
                String text;
                try {
                    text = Files.readString(f);
                } catch (MalformedInputException binary) {
                    continue;
                }
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    int line = i + 1;
                    String l = lines[i];
                    CREDENTIAL_VALUES.forEach((what, p) -> {
                        if (p.matcher(l).find()) {
                            problems.add(show(f) + ":" + line + " holds what looks like " + what);
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertNoProblems("Credentials committed to the repository", problems);
    }
}
