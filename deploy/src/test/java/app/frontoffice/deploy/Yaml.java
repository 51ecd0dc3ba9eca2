package app.frontoffice.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads (multi-document) YAML into Jackson trees. */
final class Yaml {

    static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

    /** Every non-empty document of the file (a comment-only document is skipped). */
    static List<JsonNode> readAll(Path file) {
        try {
            return readAll(Files.readString(file), DeployPaths.show(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> readAll(String text, String where) {
        List<JsonNode> docs = new ArrayList<>();
        // One tree per document. (A MappingIterator would unwrap a top-level list, such as a
        // JSON 6902 patch, into its elements.)
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            while (parser.nextToken() != null) {
                JsonNode doc = MAPPER.readTree(parser);
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
        } catch (IOException e) {
            throw new AssertionError(where + " is not valid YAML: " + e.getMessage(), e);
        }
        return docs;
    }

    /** The documents of a manifest file, each of which must be a mapping. */
    static List<ObjectNode> readObjects(Path file) {
        List<ObjectNode> out = new ArrayList<>();
        int i = 0;
        for (JsonNode doc : readAll(file)) {
            i++;
            if (!(doc instanceof ObjectNode o)) {
                throw new AssertionError(DeployPaths.show(file) + ": document " + i + " is not a mapping");
            }
            out.add(o);
        }
        return out;
    }

    static ObjectNode readOne(Path file) {
        List<ObjectNode> docs = readObjects(file);
        if (docs.size() != 1) {
            throw new AssertionError(DeployPaths.show(file) + ": expected exactly one YAML document, found " + docs.size());
        }
        return docs.get(0);
    }

    private Yaml() {
    }
}
