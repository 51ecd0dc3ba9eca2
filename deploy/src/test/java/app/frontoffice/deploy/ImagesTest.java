package app.frontoffice.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static app.frontoffice.deploy.Deploy.assertNoProblems;
import static app.frontoffice.deploy.DeployPaths.show;

/** Every image is pinned; the Front Office images get their tag from kustomize's images: list. */
class ImagesTest {

    @Test
    void everyRenderedImageHasATagOtherThanLatest() {
        List<String> problems = new ArrayList<>();
        for (Kustomize.Rendered r : Deploy.allRendered()) {
            for (Res w : r.resources()) {
                for (ObjectNode c : w.containers()) {
                    String image = c.path("image").asText();
                    String tag = Images.tag(image);
                    if (!Images.hasDigest(image) && (tag == null || tag.isBlank() || tag.equals("latest"))) {
                        problems.add(r.show() + ": " + w.where() + " container " + c.path("name").asText() + " image '" + image
                                + "' has no fixed tag or digest");
                    }
                }
            }
        }
        assertNoProblems("Unpinned images", problems);
    }

    @Test
    void frontOfficeImagesAreTaggedThroughKustomize() {
        List<String> problems = new ArrayList<>();
        // In the manifests themselves: no tag, so the kustomization decides.
        for (Res w : Deploy.base().resources()) {
            for (ObjectNode raw : Yaml.readObjects(w.source())) {
                Res res = new Res(raw, w.source());
                for (ObjectNode c : res.containers()) {
                    String image = c.path("image").asText();
                    if (image.startsWith(Deploy.IMAGE_PREFIX) && !Images.reference(image).isEmpty()) {
                        problems.add(res.where() + " container " + c.path("name").asText() + " image '" + image
                                + "' carries its own tag; leave it to the kustomization's images: list");
                    }
                }
            }
        }
        // Each kustomization that renders the services sets every service's tag.
        List<Path> dirs = new ArrayList<>();
        dirs.add(DeployPaths.BASE);
        dirs.addAll(Deploy.overlays());
        for (Path dir : dirs) {
            Path kf = Kustomize.kustomizationFile(dir);
            JsonNode images = Yaml.readOne(kf).path("images");
            Kustomize.Rendered r = Deploy.rendered(dir);
            for (Deploy.Service s : Deploy.SERVICES) {
                String name = Deploy.IMAGE_PREFIX + s.name();
                JsonNode entry = null;
                for (JsonNode i : images) {
                    if (i.path("name").asText().equals(name)) {
                        entry = i;
                    }
                }
                if (entry == null) {
                    problems.add(show(kf) + " images: has no entry for " + name);
                    continue;
                }
                String tag = entry.path("newTag").asText("");
                if (!entry.hasNonNull("digest") && (tag.isBlank() || tag.equals("latest"))) {
                    problems.add(show(kf) + " images: entry for " + name + " needs a newTag (not latest) or a digest");
                    continue;
                }
                String expected = name + (entry.hasNonNull("digest") ? "@" + entry.get("digest").asText() : ":" + tag);
                r.find("Deployment", s.name()).ifPresent(d -> d.containers().forEach(c -> {
                    if (c.path("name").asText().equals(s.name()) && !c.path("image").asText().equals(expected)) {
                        problems.add(r.show() + ": " + d.where() + " renders image " + c.path("image").asText()
                                + ", but " + show(kf) + " sets " + expected);
                    }
                }));
            }
        }
        assertNoProblems("Front Office image tags", problems);
    }
}
