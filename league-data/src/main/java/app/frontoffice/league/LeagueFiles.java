package app.frontoffice.league;

import app.frontoffice.events.EventCodec;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads and writes league files.
 *
 * <p>Reading happens in three steps so that one run reports every problem: the JSON is parsed into
 * a tree; {@link StructureCheck} checks it against the schema (required properties, JSON types) and
 * fills in defaults; the tree is bound to records and {@link LeagueValidator} checks the rest.
 */
public final class LeagueFiles {

    /** Classpath location of the JSON Schema of the format. */
    public static final String SCHEMA_RESOURCE = "/league-file.schema.json";

    private static final ObjectMapper MAPPER = EventCodec.newMapper()
            // A data file edited by hand: a repeated key or text after the document is a mistake, not noise.
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final JsonLayout LAYOUT = new JsonLayout(MAPPER);
    private static final StructureCheck STRUCTURE = new StructureCheck(readSchema());

    private LeagueFiles() {
    }

    /** Parses and validates a league file; throws {@link LeagueFileException} listing every problem. */
    public static LeagueFile parse(String json) {
        Problems problems = new Problems();
        JsonNode tree = readTree(json, problems);
        if (tree == null) {
            throw new LeagueFileException(problems.list());
        }
        STRUCTURE.check(tree, problems);
        if (!tree.isObject()) {
            throw new LeagueFileException(problems.list());
        }
        LeagueFile file = bind(tree, problems);
        if (file != null) {
            LeagueValidator.validate(file, problems);
        }
        if (!problems.isEmpty()) {
            throw new LeagueFileException(problems.list());
        }
        return file;
    }

    public static LeagueFile parse(Path path) {
        String json;
        try {
            json = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LeagueFileException(List.of(new Problem(Problem.DOCUMENT, "cannot read " + path + ": " + e)));
        }
        return parse(json);
    }

    /** Writes a league file: stable property order (as the records declare them), one list element per line. */
    public static String write(LeagueFile file) {
        return LAYOUT.render(MAPPER.valueToTree(file));
    }

    /** Writes any of this module's records in the same layout, for the other files it generates. */
    static String writeJson(Object value) {
        return LAYOUT.render(MAPPER.valueToTree(value));
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    static JsonNode readSchema() {
        try (InputStream in = LeagueFiles.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the classpath");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
        }
    }

    private static JsonNode readTree(String json, Problems problems) {
        if (json == null || json.isBlank()) {
            problems.structural(Problem.DOCUMENT, "the league file is empty");
            return null;
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            problems.structural(Problem.DOCUMENT, "not valid JSON" + where + ": " + firstLine(e.getOriginalMessage()));
            return null;
        }
    }

    /**
     * After the structural pass the tree has the right types everywhere, so binding fails only on
     * something the schema does not model; that is reported rather than thrown.
     */
    private static LeagueFile bind(JsonNode tree, Problems problems) {
        try {
            return MAPPER.treeToValue(tree, LeagueFile.class);
        } catch (JsonProcessingException e) {
            String path = e instanceof JsonMappingException mapping ? pathOf(mapping) : Problem.DOCUMENT;
            problems.structural(path, firstLine(e.getOriginalMessage()));
            return null;
        }
    }

    private static String pathOf(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? Problem.DOCUMENT : path.startsWith(".") ? path.substring(1) : path;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
