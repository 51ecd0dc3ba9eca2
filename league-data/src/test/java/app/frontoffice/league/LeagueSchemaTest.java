package app.frontoffice.league;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the JSON Schema in step with the records: every record property is described in the
 * schema, at the same place, and the schema describes nothing the records lack.
 */
class LeagueSchemaTest {

    private final JsonNode schema = LeagueFiles.readSchema();

    @Test
    void isDraft2020WithADescription() {
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("description").asText()).isNotBlank();
    }

    @Test
    void describesExactlyTheModelsProperties() {
        List<String> mismatches = new ArrayList<>();
        compare(LeagueFile.class, schema, "", mismatches);

        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyPropertyHasADescription() {
        List<String> undescribed = new ArrayList<>();
        collectUndescribed(schema, "", undescribed);

        assertThat(undescribed).isEmpty();
    }

    @Test
    void positionEnumMatchesTheJavaList() {
        JsonNode positions = resolve(resolve(schema.at("/$defs/player/properties/positions")).get("items"));
        List<String> listed = new ArrayList<>();
        positions.get("enum").forEach(p -> listed.add(p.asText()));

        assertThat(listed).isEqualTo(Positions.ALL);
    }

    @Test
    void defaultsMatchTheDocumentedLeagueDefaults() {
        LeagueFile minimal = LeagueFiles.parse("""
                {"league": {"id": "1", "name": "L", "currentSeason": 1, "week": 1},
                 "teams": [{"abbrev": "AB", "shortName": "A", "longName": "A B", "colour": "000000"}],
                 "players": [], "draft": {"teamsPerRound": 1, "slotOrder": ["AB"]}}
                """);

        assertThat(minimal.league().rosterLimits()).isEqualTo(RosterLimits.DEFAULT);
        assertThat(minimal.league().defaultSwarCap()).isEqualTo(32.0);
        assertThat(minimal.draft()).isEqualTo(new DraftConfig(32, 1, 10, List.of("AB"), List.of(), 2,
                "draft-pings", "draft-results", false, null));
    }

    private void compare(Class<?> type, JsonNode node, String path, List<String> mismatches) {
        JsonNode resolved = resolve(node);
        Set<String> inModel = new TreeSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            inModel.add(name);
            String at = path.isEmpty() ? name : path + "." + name;
            JsonNode property = resolved.path("properties").get(name);
            if (property == null) {
                mismatches.add(at + " is in " + type.getSimpleName() + " but not in the schema");
                continue;
            }
            Class<?> nested = recordType(component.getGenericType());
            if (nested != null) {
                JsonNode target = List.class.isAssignableFrom(component.getType()) ? resolve(property).get("items") : property;
                compare(nested, target, at, mismatches);
            }
        }
        Set<String> inSchema = new TreeSet<>();
        resolved.path("properties").fieldNames().forEachRemaining(inSchema::add);
        resolved.path("required").forEach(r -> inSchema.add(r.asText()));
        inSchema.removeAll(inModel);
        inSchema.forEach(extra -> mismatches.add((path.isEmpty() ? "" : path + ".") + extra
                + " is in the schema but not in " + type.getSimpleName()));
    }

    private static Class<?> recordType(Type type) {
        if (type instanceof Class<?> c && c.isRecord()) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class
                && p.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
            return element;
        }
        return null;
    }

    private void collectUndescribed(JsonNode node, String path, List<String> undescribed) {
        node.path("properties").properties().forEach(property -> {
            if (!property.getValue().hasNonNull("description")) {
                undescribed.add(path + property.getKey());
            }
        });
        node.path("$defs").properties().forEach(def -> collectUndescribed(def.getValue(), def.getKey() + ".", undescribed));
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : resolve(schema.at(ref.asText().substring(1)));
    }
}
