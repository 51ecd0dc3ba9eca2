package app.frontoffice.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small kustomize, enough for the kustomizations in deploy/k8s, so the tests need no kubectl or
 * kustomize binary: resources (files and directories), components, patches (strategic merge of
 * whole objects, with or without a target, and JSON 6902 with a target), images and namespace.
 *
 * <p>Anything it does not implement makes it fail loudly rather than render something different
 * from what {@code kubectl kustomize} would: extend it when a kustomization needs more.
 * Strategic merge patches on built-in kinds may not contain lists (kustomize merges those by key,
 * which this renderer does not); on custom resources lists are replaced, as kustomize does.
 */
final class Kustomize {

    private static final Set<String> SUPPORTED_FIELDS =
            Set.of("apiVersion", "kind", "resources", "components", "patches", "images", "namespace");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass");

    /** The objects a kustomization produces, and every file it read to produce them. */
    record Rendered(Path dir, List<Res> resources, Set<Path> files) {

        List<Res> ofKind(String kind) {
            return resources.stream().filter(r -> r.kind().equals(kind)).toList();
        }

        Optional<Res> find(String kind, String name) {
            return resources.stream().filter(r -> r.kind().equals(kind) && r.name().equals(name)).findFirst();
        }

        Res get(String kind, String name) {
            return find(kind, name).orElseThrow(() -> new AssertionError(
                    show() + ": no " + kind + "/" + name + " in the rendered output"));
        }

        /** e.g. {@code deploy/k8s/overlays/production}. */
        String show() {
            return DeployPaths.show(dir);
        }
    }

    static Rendered render(Path dir) {
        List<Res> out = new ArrayList<>();
        Set<Path> files = new LinkedHashSet<>();
        build(dir.toAbsolutePath().normalize(), out, files, "Kustomization");
        return new Rendered(dir, List.copyOf(out), files);
    }

    static Path kustomizationFile(Path dir) {
        for (String n : List.of("kustomization.yaml", "kustomization.yml", "Kustomization")) {
            if (Files.isRegularFile(dir.resolve(n))) {
                return dir.resolve(n);
            }
        }
        throw new AssertionError(DeployPaths.show(dir) + " has no kustomization.yaml");
    }

    /** Builds the kustomization in dir into acc (its own list for a Kustomization, the parent's for a Component). */
    private static void build(Path dir, List<Res> acc, Set<Path> files, String expectedKind) {
        Path kf = kustomizationFile(dir);
        files.add(kf);
        ObjectNode k = Yaml.readOne(kf);
        String where = DeployPaths.show(kf);
        String kind = k.path("kind").asText("Kustomization");
        if (!kind.equals(expectedKind)) {
            throw new AssertionError(where + " is a " + kind + " but is used as a " + expectedKind);
        }
        for (Iterator<String> it = k.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!SUPPORTED_FIELDS.contains(field)) {
                throw new AssertionError(where + ": field '" + field + "' is not supported by the tests' renderer "
                        + "(deploy/src/test/java/app/frontoffice/deploy/Kustomize.java); extend it or avoid the field"
                        + (field.equals("secretGenerator") ? " (and Secrets do not belong in the repository anyway)" : ""));
            }
        }
        for (JsonNode entry : k.path("resources")) {
            Path p = resolveListed(dir, entry.asText(), where, "resource");
            if (Files.isDirectory(p)) {
                List<Res> sub = new ArrayList<>();
                build(p, sub, files, "Kustomization");
                acc.addAll(sub);
            } else {
                files.add(p);
                for (ObjectNode doc : Yaml.readObjects(p)) {
                    acc.add(new Res(doc, p));
                }
            }
        }
        for (JsonNode entry : k.path("components")) {
            Path p = resolveListed(dir, entry.asText(), where, "component");
            if (!Files.isDirectory(p)) {
                throw new AssertionError(where + ": component '" + entry.asText() + "' is not a directory");
            }
            build(p, acc, files, "Component");
        }
        int i = 0;
        for (JsonNode patch : k.path("patches")) {
            applyPatch(dir, patch, acc, files, where + " patches[" + i++ + "]");
        }
        for (JsonNode image : k.path("images")) {
            applyImage(image, acc, where);
        }
        if (k.hasNonNull("namespace")) {
            String ns = k.get("namespace").asText();
            for (Res r : acc) {
                if (!CLUSTER_SCOPED.contains(r.kind())) {
                    ((ObjectNode) r.doc().get("metadata")).put("namespace", ns);
                }
            }
        }
    }

    private static Path resolveListed(Path dir, String entry, String where, String what) {
        if (entry.contains("://") || entry.startsWith("github.com/")) {
            throw new AssertionError(where + ": remote " + what + " '" + entry + "' is not supported (and not reproducible)");
        }
        Path p = dir.resolve(entry).normalize();
        if (!Files.exists(p)) {
            throw new AssertionError(where + " lists " + what + " '" + entry + "', which does not exist ("
                    + DeployPaths.show(p) + ")");
        }
        return p;
    }

    private static void applyPatch(Path dir, JsonNode patch, List<Res> acc, Set<Path> files, String where) {
        List<JsonNode> docs;
        if (patch.hasNonNull("path")) {
            Path p = resolveListed(dir, patch.get("path").asText(), where, "patch");
            files.add(p);
            docs = Yaml.readAll(p);
            where = where + " (" + DeployPaths.show(p) + ")";
        } else if (patch.hasNonNull("patch")) {
            docs = Yaml.readAll(patch.get("patch").asText(), where);
        } else {
            throw new AssertionError(where + ": a patch needs 'path' or 'patch'");
        }
        JsonNode target = patch.get("target");
        for (JsonNode doc : docs) {
            List<Res> matched = target == null ? sameObject(doc, acc, where) : select(target, acc, where);
            if (matched.isEmpty()) {
                throw new AssertionError(where + ": the patch matches no resource (target " + target + ")");
            }
            for (Res r : matched) {
                if (doc instanceof ArrayNode ops) {
                    for (JsonNode op : ops) {
                        applyJson6902(r, op, where);
                    }
                } else if (doc instanceof ObjectNode smp) {
                    merge(r.doc(), smp, r, where, "");
                } else {
                    throw new AssertionError(where + ": a patch document must be a mapping or a list of operations");
                }
            }
        }
    }

    private static List<Res> sameObject(JsonNode doc, List<Res> acc, String where) {
        if (doc instanceof ArrayNode) {
            throw new AssertionError(where + ": a JSON 6902 patch needs a target");
        }
        String kind = doc.path("kind").asText();
        String name = doc.path("metadata").path("name").asText();
        List<Res> m = acc.stream().filter(r -> r.kind().equals(kind) && r.name().equals(name)).toList();
        if (m.isEmpty()) {
            throw new AssertionError(where + ": patches " + kind + "/" + name + ", which is not among the resources");
        }
        return m;
    }

    private static List<Res> select(JsonNode target, List<Res> acc, String where) {
        for (Iterator<String> it = target.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("group", "version", "kind", "name", "labelSelector").contains(f)) {
                throw new AssertionError(where + ": target field '" + f + "' is not supported by the tests' renderer");
            }
        }
        List<Res> out = new ArrayList<>();
        for (Res r : acc) {
            if (target.has("kind") && !r.kind().equals(target.get("kind").asText())) continue;
            if (target.has("group") && !r.group().equals(target.get("group").asText())) continue;
            if (target.has("version") && !r.apiVersion().endsWith("/" + target.get("version").asText())
                    && !r.apiVersion().equals(target.get("version").asText())) continue;
            if (target.has("name") && !r.name().matches(target.get("name").asText())) continue;
            if (target.has("labelSelector") && !labelsMatch(r, target.get("labelSelector").asText(), where)) continue;
            out.add(r);
        }
        return out;
    }

    private static boolean labelsMatch(Res r, String selector, String where) {
        for (String term : selector.split(",")) {
            String[] kv = term.trim().split("=", 2);
            if (kv.length != 2 || kv[0].endsWith("!")) {
                throw new AssertionError(where + ": only k=v label selectors are supported, not '" + term + "'");
            }
            if (!r.doc().path("metadata").path("labels").path(kv[0].trim()).asText("\u0000").equals(kv[1].trim())) {
                return false;
            }
        }
        return true;
    }

    /** Strategic merge for what this repository needs: maps merge, null deletes, lists replace (custom resources only). */
    private static void merge(ObjectNode into, ObjectNode patch, Res r, String where, String path) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String p = path + "/" + e.getKey();
            JsonNode v = e.getValue();
            if (v.isNull()) {
                into.remove(e.getKey());
            } else if (v.isObject() && into.get(e.getKey()) instanceof ObjectNode existing) {
                merge(existing, (ObjectNode) v, r, where, p);
            } else if (v.isArray() && r.builtIn()) {
                throw new AssertionError(where + ": list at " + p + " in a patch of built-in kind " + r.kind()
                        + " is not supported by the tests' renderer (kustomize would merge it by key); "
                        + "use a JSON 6902 patch or extend Kustomize.java");
            } else {
                into.set(e.getKey(), v.deepCopy());
            }
        }
    }

    private static void applyJson6902(Res r, JsonNode op, String where) {
        String kind = op.path("op").asText();
        String path = op.path("path").asText();
        String at = where + ": op '" + kind + "' " + path + " on " + r.where();
        String[] raw = path.split("/", -1);
        if (raw.length < 2 || !raw[0].isEmpty()) {
            throw new AssertionError(at + ": not a JSON pointer");
        }
        List<String> tokens = new ArrayList<>();
        for (int i = 1; i < raw.length; i++) {
            tokens.add(raw[i].replace("~1", "/").replace("~0", "~"));
        }
        JsonNode parent = r.doc();
        for (String t : tokens.subList(0, tokens.size() - 1)) {
            parent = parent.isArray() ? parent.path(Integer.parseInt(t)) : parent.path(t);
            if (parent.isMissingNode()) {
                throw new AssertionError(at + ": the path does not exist");
            }
        }
        String last = tokens.get(tokens.size() - 1);
        JsonNode value = op.get("value");
        switch (kind) {
            case "replace", "add" -> {
                if (value == null) {
                    throw new AssertionError(at + ": no value");
                }
                if (parent instanceof ObjectNode o) {
                    if (kind.equals("replace") && !o.has(last)) {
                        throw new AssertionError(at + ": replace of a missing field");
                    }
                    o.set(last, value.deepCopy());
                } else if (parent instanceof ArrayNode a) {
                    if (last.equals("-")) {
                        a.add(value.deepCopy());
                    } else if (kind.equals("add")) {
                        a.insert(Integer.parseInt(last), value.deepCopy());
                    } else {
                        a.set(Integer.parseInt(last), value.deepCopy());
                    }
                } else {
                    throw new AssertionError(at + ": parent is not a container");
                }
            }
            case "remove" -> {
                if (parent instanceof ObjectNode o && o.has(last)) {
                    o.remove(last);
                } else if (parent instanceof ArrayNode a && Integer.parseInt(last) < a.size()) {
                    a.remove(Integer.parseInt(last));
                } else {
                    throw new AssertionError(at + ": nothing to remove");
                }
            }
            default -> throw new AssertionError(at + ": operation not supported by the tests' renderer");
        }
    }

    private static void applyImage(JsonNode image, List<Res> acc, String where) {
        String name = image.path("name").asText();
        for (Res r : acc) {
            for (ObjectNode c : r.containers()) {
                String current = c.path("image").asText();
                if (!Images.repository(current).equals(name)) {
                    continue;
                }
                String repo = image.hasNonNull("newName") ? image.get("newName").asText() : name;
                String result;
                if (image.hasNonNull("digest")) {
                    result = repo + "@" + image.get("digest").asText();
                } else if (image.hasNonNull("newTag")) {
                    result = repo + ":" + image.get("newTag").asText();
                } else {
                    result = repo + Images.reference(current);
                }
                c.set("image", TextNode.valueOf(result));
            }
        }
    }

    private Kustomize() {
    }
}
