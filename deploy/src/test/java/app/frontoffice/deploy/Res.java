package app.frontoffice.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One Kubernetes object and the file it came from (for failure messages). */
record Res(ObjectNode doc, Path source) {

    String kind() {
        return doc.path("kind").asText();
    }

    String name() {
        return doc.path("metadata").path("name").asText();
    }

    String apiVersion() {
        return doc.path("apiVersion").asText();
    }

    /** The API group ("" for the core group). */
    String group() {
        String v = apiVersion();
        int slash = v.indexOf('/');
        return slash < 0 ? "" : v.substring(0, slash);
    }

    /** Built-in Kubernetes kinds, whose strategic merge patches merge lists by key (custom resources replace them). */
    boolean builtIn() {
        String g = group();
        return !g.contains(".") || g.endsWith(".k8s.io");
    }

    /** e.g. {@code Deployment/draft-service (deploy/k8s/base/services/draft-service.yaml)}. */
    String where() {
        return kind() + "/" + name() + " (" + DeployPaths.show(source) + ")";
    }

    /** The pod spec of a workload, or a missing node. */
    JsonNode podSpec() {
        return switch (kind()) {
            case "Pod" -> doc.path("spec");
            case "CronJob" -> doc.path("spec").path("jobTemplate").path("spec").path("template").path("spec");
            case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job" -> doc.path("spec").path("template").path("spec");
            default -> com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        };
    }

    boolean isWorkload() {
        return !podSpec().isMissingNode();
    }

    /** Containers and init containers of a workload. */
    List<ObjectNode> containers() {
        List<ObjectNode> out = new ArrayList<>();
        for (String field : List.of("initContainers", "containers")) {
            for (JsonNode c : podSpec().path(field)) {
                out.add((ObjectNode) c);
            }
        }
        return out;
    }
}
