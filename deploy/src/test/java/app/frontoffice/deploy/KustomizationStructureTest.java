package app.frontoffice.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static app.frontoffice.deploy.Deploy.assertNoProblems;
import static app.frontoffice.deploy.DeployPaths.show;

/** The kustomizations are complete and consistent: what they list exists, and what exists is listed. */
class KustomizationStructureTest {

    @Test
    void everyFileListedInAKustomizationExists() {
        List<String> problems = new ArrayList<>();
        for (Path dir : Deploy.kustomizationDirs()) {
            Path kf = Kustomize.kustomizationFile(dir);
            ObjectNode k = Yaml.readOne(kf);
            for (String field : List.of("resources", "components")) {
                for (JsonNode entry : k.path(field)) {
                    if (!Files.exists(dir.resolve(entry.asText()).normalize())) {
                        problems.add(show(kf) + " lists " + field + " entry '" + entry.asText() + "', which does not exist");
                    }
                }
            }
            for (JsonNode patch : k.path("patches")) {
                if (patch.hasNonNull("path") && !Files.isRegularFile(dir.resolve(patch.get("path").asText()).normalize())) {
                    problems.add(show(kf) + " lists patch '" + patch.get("path").asText() + "', which does not exist");
                }
            }
        }
        assertNoProblems("Kustomizations list files that are missing", problems);
    }

    @Test
    void baseAndEveryOverlayRender() {
        // Rendering throws with the kustomization and entry at fault.
        List<String> problems = new ArrayList<>();
        for (Kustomize.Rendered r : Deploy.allRendered()) {
            Map<String, Res> seen = new HashMap<>();
            for (Res res : r.resources()) {
                Res before = seen.put(res.apiVersion() + " " + res.kind() + "/" + res.name(), res);
                if (before != null) {
                    problems.add(r.show() + ": " + res.kind() + "/" + res.name() + " is defined twice: in "
                            + show(before.source()) + " and " + show(res.source()));
                }
            }
            if (r.resources().isEmpty()) {
                problems.add(r.show() + " renders no resources");
            }
        }
        assertNoProblems("Rendered output is not valid", problems);
    }

    @Test
    void everyManifestInTheBaseIsListed() {
        Set<Path> used = Deploy.base().files();
        List<String> problems = new ArrayList<>();
        for (Path f : yamlFiles(DeployPaths.BASE)) {
            if (!used.contains(f)) {
                problems.add(show(f) + " is in the base but no kustomization lists it, so `kubectl apply -k` would skip it "
                        + "(add it to deploy/k8s/base/kustomization.yaml resources, or move it out of base/)");
            }
        }
        assertNoProblems("Manifests in the base that are not deployed", problems);
    }

    @Test
    void everyFileInAnOverlayIsUsed() {
        List<String> problems = new ArrayList<>();
        for (Path overlay : Deploy.overlays()) {
            Set<Path> used = Deploy.rendered(overlay).files();
            for (Path f : yamlFiles(overlay)) {
                if (!used.contains(f)) {
                    problems.add(show(f) + " is not used by " + show(overlay) + "/kustomization.yaml (neither a resource nor a patch)");
                }
            }
        }
        assertNoProblems("Overlay files that have no effect", problems);
    }

    @Test
    void secretTemplatesAreNeverDeployedAndNoSecretIsRendered() {
        List<Path> templates = yamlFiles(DeployPaths.K8S).stream()
                .filter(p -> p.getFileName().toString().contains("secret-example")).toList();
        List<String> problems = new ArrayList<>();
        if (!templates.contains(DeployPaths.SECRET_EXAMPLE)) {
            problems.add(show(DeployPaths.SECRET_EXAMPLE) + " is missing: ops need the template of the Secrets to create");
        }
        for (Kustomize.Rendered r : Deploy.allRendered()) {
            for (Path t : templates) {
                if (r.files().contains(t)) {
                    problems.add(r.show() + " deploys the template " + show(t) + ": its placeholder values would replace the real Secrets");
                }
            }
            for (Res res : r.ofKind("Secret")) {
                problems.add(r.show() + " renders " + res.where() + ": Secrets are created outside the repository (deploy/README.md)");
            }
        }
        for (Path dir : Deploy.kustomizationDirs()) {
            Path kf = Kustomize.kustomizationFile(dir);
            if (Deploy.read(kf).contains("secret-example")) {
                problems.add(show(kf) + " mentions secret-example: the template must not be referenced by any kustomization");
            }
        }
        assertNoProblems("Secret templates must stay templates", problems);
    }

    static List<Path> yamlFiles(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .filter(p -> !p.getFileName().toString().matches("kustomization\\.ya?ml"))
                    .map(p -> p.toAbsolutePath().normalize())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
