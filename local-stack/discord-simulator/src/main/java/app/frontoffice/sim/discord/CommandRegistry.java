package app.frontoffice.sim.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The application commands the bot registered, exactly as it sent them, with the fields Discord
 * adds ({@code id}, {@code application_id}, {@code guild_id}, {@code version}).
 *
 * <p>Like Discord, a command keeps its id when a bulk overwrite re-sends it with the same name and
 * type, so ids seen by earlier interactions stay valid.
 */
final class CommandRegistry {

    private final String applicationId;
    private final Map<String, ObjectNode> guildCommands = new LinkedHashMap<>();
    private final Map<String, ObjectNode> globalCommands = new LinkedHashMap<>();

    CommandRegistry(String applicationId) {
        this.applicationId = applicationId;
    }

    /** {@code PUT …/commands}: replaces the whole set; {@code guildId} null for global commands. */
    synchronized ArrayNode overwrite(String guildId, JsonNode commands) {
        Map<String, ObjectNode> target = guildId == null ? globalCommands : guildCommands;
        Map<String, ObjectNode> previous = new LinkedHashMap<>(target);
        target.clear();
        ArrayNode out = JsonShapes.array();
        for (JsonNode c : commands) {
            ObjectNode stored = stamp((ObjectNode) c.deepCopy(), guildId, previous.get(key(c)));
            target.put(key(stored), stored);
            out.add(stored.deepCopy());
        }
        return out;
    }

    /** {@code POST …/commands}: creates or replaces one command by name and type. */
    synchronized ObjectNode upsert(String guildId, JsonNode command) {
        Map<String, ObjectNode> target = guildId == null ? globalCommands : guildCommands;
        ObjectNode stored = stamp((ObjectNode) command.deepCopy(), guildId, target.get(key(command)));
        target.put(key(stored), stored);
        return stored.deepCopy();
    }

    synchronized boolean delete(String commandId) {
        return guildCommands.values().removeIf(c -> c.path("id").asText().equals(commandId))
                | globalCommands.values().removeIf(c -> c.path("id").asText().equals(commandId));
    }

    synchronized ArrayNode list(String guildId) {
        ArrayNode out = JsonShapes.array();
        (guildId == null ? globalCommands : guildCommands).values().forEach(c -> out.add(c.deepCopy()));
        return out;
    }

    /** Everything registered, guild commands first (what the page offers). */
    synchronized ArrayNode all() {
        ArrayNode out = JsonShapes.array();
        guildCommands.values().forEach(c -> out.add(c.deepCopy()));
        globalCommands.values().forEach(c -> out.add(c.deepCopy()));
        return out;
    }

    /** A slash command by name; a guild command shadows a global one, as in the Discord client. */
    synchronized Optional<ObjectNode> findSlash(String name) {
        List<Map<String, ObjectNode>> scopes = new ArrayList<>(List.of(guildCommands, globalCommands));
        for (Map<String, ObjectNode> scope : scopes) {
            ObjectNode c = scope.get("1:" + name);
            if (c != null) {
                return Optional.of(c.deepCopy());
            }
        }
        return Optional.empty();
    }

    private ObjectNode stamp(ObjectNode command, String guildId, ObjectNode previous) {
        command.put("id", previous != null ? previous.path("id").asText() : Snowflakes.next());
        command.put("application_id", applicationId);
        if (guildId != null) {
            command.put("guild_id", guildId);
        }
        command.put("version", Snowflakes.next());
        if (!command.has("type")) {
            command.put("type", 1);
        }
        return command;
    }

    private static String key(JsonNode command) {
        return command.path("type").asInt(1) + ":" + command.path("name").asText();
    }
}
