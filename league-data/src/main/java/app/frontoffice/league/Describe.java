package app.frontoffice.league;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collection;
import java.util.stream.Collectors;

/** Wording shared by the problem messages. */
final class Describe {

    private static final int MAX_QUOTED = 40;

    private Describe() {
    }

    /** A value as a message shows it: strings quoted (and shortened), containers by kind. */
    static String value(JsonNode value) {
        if (value.isTextual()) {
            return quote(value.asText());
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array";
        }
        return value.toString();
    }

    static String quote(String text) {
        String shown = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "…" : text;
        return "\"" + shown + "\"";
    }

    static String types(Collection<String> types) {
        return types.stream()
                .filter(type -> !type.equals("null"))
                .sorted()
                .map(type -> switch (type) {
                    case "integer", "array", "object" -> "an " + type;
                    default -> "a " + type;
                })
                .collect(Collectors.joining(" or "));
    }
}
