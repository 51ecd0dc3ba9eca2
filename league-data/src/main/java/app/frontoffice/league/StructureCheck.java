package app.frontoffice.league;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first pass over a league file: is every required property there, and is every value of the
 * right JSON type? It reads only the {@code type}, {@code properties}, {@code required},
 * {@code default}, {@code items} and {@code $ref} keywords of {@code league-file.schema.json}, so the
 * schema and this pass cannot drift apart; every other rule is checked in Java by {@link LeagueValidator}.
 *
 * <p>It edits the document in place so that it can then be bound to records: omitted optional
 * properties get their schema default, and a wrong-typed value becomes null (after it is reported)
 * so that binding succeeds and the remaining rules can still be checked.
 */
final class StructureCheck {

    private final JsonNode schema;

    StructureCheck(JsonNode schema) {
        this.schema = schema;
    }

    void check(JsonNode document, Problems problems) {
        if (!document.isObject()) {
            problems.structural(Problem.DOCUMENT, "the league file must be a JSON object, not " + Describe.value(document));
            return;
        }
        checkObject(schema, (ObjectNode) document, "", problems);
    }

    /** Returns the value to keep in the document: the value itself, or null if it had the wrong type. */
    private JsonNode checkValue(JsonNode propertySchema, JsonNode value, String path, Problems problems) {
        JsonNode resolved = resolve(propertySchema);
        Set<String> types = types(resolved);
        if (!types.isEmpty() && types.stream().noneMatch(type -> hasType(value, type))) {
            problems.structural(path, "must be " + Describe.types(types) + ", not " + Describe.value(value));
            return NullNode.getInstance();
        }
        if (value.isObject() && resolved.has("properties")) {
            checkObject(resolved, (ObjectNode) value, path, problems);
        } else if (value.isArray() && resolved.has("items")) {
            ArrayNode array = (ArrayNode) value;
            for (int i = 0; i < array.size(); i++) {
                JsonNode element = array.get(i);
                JsonNode kept = checkValue(resolved.get("items"), element, path + "[" + i + "]", problems);
                if (kept != element) {
                    array.set(i, kept);
                }
            }
        }
        return value;
    }

    private void checkObject(JsonNode objectSchema, ObjectNode object, String path, Problems problems) {
        Set<String> required = new HashSet<>();
        objectSchema.path("required").forEach(name -> required.add(name.asText()));
        Iterator<Map.Entry<String, JsonNode>> properties = objectSchema.path("properties").properties().iterator();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String name = property.getKey();
            JsonNode propertySchema = property.getValue();
            String propertyPath = path.isEmpty() ? name : path + "." + name;
            JsonNode value = object.get(name);
            // An explicit null where null is not allowed means "not given", so that defaults apply.
            boolean absent = value == null || (value.isNull() && !types(resolve(propertySchema)).contains("null"));
            if (!absent) {
                JsonNode kept = checkValue(propertySchema, value, propertyPath, problems);
                if (kept != value) {
                    object.set(name, kept);
                }
            } else if (required.contains(name)) {
                problems.structural(propertyPath, "is required");
            } else if (propertySchema.has("default")) {
                JsonNode fallback = propertySchema.get("default").deepCopy();
                object.set(name, fallback);
                checkValue(propertySchema, fallback, propertyPath, problems);
            } else {
                object.remove(name);
            }
        }
    }

    private JsonNode resolve(JsonNode propertySchema) {
        JsonNode ref = propertySchema.get("$ref");
        if (ref == null) {
            return propertySchema;
        }
        String pointer = ref.asText();
        if (!pointer.startsWith("#")) {
            throw new IllegalStateException("league-file.schema.json may only refer to itself, not " + pointer);
        }
        JsonNode target = schema.at(pointer.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalStateException("league-file.schema.json has no " + pointer);
        }
        return resolve(target);
    }

    private static Set<String> types(JsonNode resolvedSchema) {
        JsonNode type = resolvedSchema.get("type");
        if (type == null) {
            return Set.of();
        }
        List<String> names = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> names.add(t.asText()));
        } else {
            names.add(type.asText());
        }
        return Set.copyOf(names);
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isTextual();
            // Every integer in the format is a Java int; a larger one is as wrong as a fraction.
            case "integer" -> value.isIntegralNumber() && value.canConvertToInt();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "null" -> value.isNull();
            default -> throw new IllegalStateException("league-file.schema.json uses unsupported type " + type);
        };
    }
}
