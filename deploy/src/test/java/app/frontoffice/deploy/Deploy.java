package app.frontoffice.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.fail;

/** What the manifests must agree with: the services, the README's ports, the rendered overlays. */
final class Deploy {

    /**
     * A Front Office service as deployed.
     *
     * @param database     its own PostgreSQL database (as in its application.properties), or null
     * @param google       reads Google Sheets (GOOGLE_APPLICATION_CREDENTIALS)
     * @param draftSheets  reads DRAFT_SHEET_KEY_<season>
     * @param discord      connects to Discord (DISCORD_TOKEN, DISCORD_GUILD_ID)
     * @param adminApi     has admin HTTP endpoints guarded by FRONTOFFICE_ADMIN_TOKEN
     * @param replicas     the replica count it must have, or null where any count will do
     */
    record Service(String name, String database, boolean google, boolean draftSheets, boolean discord,
                   boolean adminApi, Integer replicas) {

        /** The README's port variable: gateway-bot → GATEWAY_BOT_PORT. */
        String portVariable() {
            return name.toUpperCase().replace('-', '_') + "_PORT";
        }

        /** The Secret holding jdbc-url, username and password. */
        String databaseSecret() {
            return name + "-db";
        }
    }

    static final List<Service> SERVICES = List.of(
            new Service("gateway-bot", "gateway", false, false, true, false, 1),
            new Service("draft-service", "draft", false, true, false, true, 2),
            new Service("transaction-service", "league_office", false, false, false, true, null),
            new Service("scorebug-service", "scorebug", true, false, false, false, null),
            new Service("sheets-writer", null, true, true, false, false, 1));

    static final String IMAGE_PREFIX = "ghcr.io/front-office/";

    private static final Map<Path, Kustomize.Rendered> RENDERED = new LinkedHashMap<>();

    /** Each kustomization directory is rendered once per test JVM. Callers must not modify the result. */
    static synchronized Kustomize.Rendered rendered(Path dir) {
        return RENDERED.computeIfAbsent(dir, Kustomize::render);
    }

    static Kustomize.Rendered base() {
        return rendered(DeployPaths.BASE);
    }

    static Kustomize.Rendered production() {
        return rendered(DeployPaths.PRODUCTION);
    }

    /** Every overlay directory (production, staging, ...). */
    static List<Path> overlays() {
        try (Stream<Path> s = Files.list(DeployPaths.OVERLAYS)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base and every overlay, rendered. */
    static List<Kustomize.Rendered> allRendered() {
        List<Kustomize.Rendered> out = new ArrayList<>();
        out.add(base());
        for (Path o : overlays()) {
            out.add(rendered(o));
        }
        return out;
    }

    /** Every kustomization.yaml under deploy/k8s (base, overlays, components). */
    static List<Path> kustomizationDirs() {
        try (Stream<Path> s = Files.walk(DeployPaths.K8S)) {
            return s.filter(p -> p.getFileName().toString().matches("kustomization\\.ya?ml|Kustomization"))
                    .map(Path::getParent).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default ports from the README's table: {@code | `GATEWAY_BOT_PORT` | 8710 | ... |}. */
    static Map<String, Integer> readmePorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\|\\s*`([A-Z_]+_PORT)`\\s*\\|\\s*(\\d+)\\s*\\|")
                .matcher(read(DeployPaths.ROOT_README));
        while (m.find()) {
            ports.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return ports;
    }

    static int readmePort(Service s) {
        Integer port = readmePorts().get(s.portVariable());
        if (port == null) {
            fail(DeployPaths.show(DeployPaths.ROOT_README) + " has no default port row for `" + s.portVariable()
                    + "` (service " + s.name() + ")");
        }
        return port;
    }

    /** A service's src/main/resources/application.properties, if the module is there. */
    static Optional<Path> applicationProperties(Service s) {
        Path p = DeployPaths.REPO.resolve(s.name()).resolve("src/main/resources/application.properties");
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with every problem found, one per line, or passes if there are none. */
    static void assertNoProblems(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(what + " (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    private Deploy() {
    }
}
