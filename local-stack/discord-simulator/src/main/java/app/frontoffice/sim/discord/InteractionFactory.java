package app.frontoffice.sim.discord;

import app.frontoffice.sim.discord.GuildState.Channel;
import app.frontoffice.sim.discord.GuildState.Member;
import app.frontoffice.sim.discord.GuildState.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Turns a control-API invocation ("casey runs /draft-admin timer enabled:true in #draft-pings")
 * into the INTERACTION_CREATE payload Discord would send, refusing what the Discord client would
 * refuse: unknown commands/options, missing required options, wrong types, values outside the
 * choices or min/max, and members without the command's default permissions.
 */
final class InteractionFactory {

    static final int SUB_COMMAND = 1;
    static final int SUB_COMMAND_GROUP = 2;
    static final int STRING = 3;
    static final int INTEGER = 4;
    static final int BOOLEAN = 5;
    static final int USER = 6;
    static final int CHANNEL = 7;
    static final int ROLE = 8;
    static final int MENTIONABLE = 9;
    static final int NUMBER = 10;
    static final int ATTACHMENT = 11;

    /** What the Discord client would not let the user send; becomes HTTP 400 {"error": reason}. */
    static final class Rejected extends RuntimeException {
        Rejected(String reason) {
            super(reason);
        }
    }

    /** A request to invoke a command; {@code focusedOption} set means autocomplete. */
    record Invocation(String user, String channel, String command, JsonNode options, String focusedOption, String focusedValue) {
        boolean autocomplete() {
            return focusedOption != null;
        }
    }

    /** The payload plus what the registry needs to remember. */
    record Built(ObjectNode payload, String userId, String channelId, String commandPath) {
    }

    private final GuildState guild;
    private final CommandRegistry commands;

    InteractionFactory(GuildState guild, CommandRegistry commands) {
        this.guild = guild;
        this.commands = commands;
    }

    Built build(Invocation inv, String interactionId, String token) {
        Member member = guild.findMember(inv.user()).orElseThrow(() -> new Rejected("unknown user '" + inv.user() + "'"));
        Channel channel = guild.findChannel(inv.channel()).orElseThrow(() -> new Rejected("unknown channel '" + inv.channel() + "'"));
        if (!channel.isMessageChannel()) {
            throw new Rejected("channel '" + channel.name() + "' is a " + channel.typeName() + "; commands run in text or voice channels");
        }
        long perms = guild.permissions(member.userId(), channel.id());
        if ((perms & Permissions.VIEW_CHANNEL) == 0) {
            throw new Rejected(member.name() + " cannot see #" + channel.name());
        }
        String[] path = inv.command() == null ? new String[0] : inv.command().trim().replaceFirst("^/", "").split("\\s+");
        if (path.length == 0 || path[0].isEmpty()) {
            throw new Rejected("command is required");
        }
        ObjectNode root = commands.findSlash(path[0]).orElseThrow(() -> new Rejected("unknown command '/" + path[0] + "'"));
        checkDefaultPermissions(root, perms, member);

        // Walk the registered tree along the path: command [group] [subcommand].
        JsonNode defs = root.path("options");
        List<String> nesting = new ArrayList<>();
        List<Integer> nestingTypes = new ArrayList<>();
        int depth = 1;
        while (hasSubcommands(defs)) {
            if (depth >= path.length) {
                throw new Rejected("'/" + String.join(" ", path) + "' needs a subcommand: " + names(defs));
            }
            String wanted = path[depth++];
            JsonNode sub = find(defs, wanted).filter(d -> d.path("type").asInt() <= SUB_COMMAND_GROUP)
                    .orElseThrow(() -> new Rejected("unknown subcommand '" + wanted + "' of '/" + path[0] + "'"));
            nesting.add(wanted);
            nestingTypes.add(sub.path("type").asInt());
            defs = sub.path("options");
        }
        if (depth < path.length) {
            throw new Rejected("'/" + String.join(" ", List.of(path).subList(0, depth)) + "' has no subcommand '" + path[depth] + "'");
        }

        ObjectNode resolved = JsonShapes.object();
        ArrayNode leafOptions = leafOptions(defs, inv, resolved, channel);
        JsonNode dataOptions = leafOptions;
        for (int i = nesting.size() - 1; i >= 0; i--) {
            ArrayNode wrapper = JsonShapes.array();
            ObjectNode level = wrapper.addObject();
            level.put("name", nesting.get(i));
            level.put("type", nestingTypes.get(i));
            level.set("options", dataOptions);
            dataOptions = wrapper;
        }

        ObjectNode data = JsonShapes.object();
        data.put("id", root.path("id").asText());
        data.put("name", root.path("name").asText());
        data.put("type", 1);
        if (root.hasNonNull("guild_id")) {
            data.put("guild_id", guild.guildId());
        }
        data.set("options", dataOptions);
        if (!resolved.isEmpty()) {
            data.set("resolved", resolved);
        }
        ObjectNode payload = envelope(interactionId, token, inv.autocomplete() ? 4 : 2, member, channel, perms);
        payload.set("data", data);
        return new Built(payload, member.userId(), channel.id(), String.join(" ", path));
    }

    /** The fields JDA needs around {@code data}: {@code guild}, {@code channel}, {@code context} and the owners map. */
    private ObjectNode envelope(String id, String token, int type, Member member, Channel channel, long perms) {
        ObjectNode p = JsonShapes.object();
        p.put("id", id);
        p.put("application_id", guild.bot().applicationId());
        p.put("type", type);
        p.put("version", 1); // any other version makes JDA ignore the event
        p.put("token", token);
        p.put("guild_id", guild.guildId());
        ObjectNode g = p.putObject("guild"); // without it JDA takes the DM path and drops the event
        g.put("id", guild.guildId());
        g.put("locale", "en-US");
        g.putArray("features");
        p.put("channel_id", channel.id());
        ObjectNode ch = JsonShapes.channel(channel, guild.guildId());
        ch.put("permissions", Long.toString(perms));
        p.set("channel", ch);
        p.set("member", JsonShapes.member(member, true, perms));
        p.put("locale", "en-US");
        p.put("guild_locale", "en-US");
        p.put("app_permissions", Long.toString(Permissions.ALL));
        p.putArray("entitlements");
        p.put("context", 0);
        p.putObject("authorizing_integration_owners").put("0", guild.guildId());
        p.put("attachment_size_limit", 10_485_760);
        return p;
    }

    private void checkDefaultPermissions(ObjectNode command, long perms, Member member) {
        JsonNode dmp = command.path("default_member_permissions");
        if (dmp.isMissingNode() || dmp.isNull()) {
            return;
        }
        long required = Permissions.parse(dmp.asText());
        boolean admin = (perms & Permissions.ADMINISTRATOR) != 0;
        // "0" means the command is disabled for everyone except administrators.
        if (!admin && (required == 0 || (perms & required) != required)) {
            throw new Rejected(member.name() + " lacks the permissions " + required + " that '/" + command.path("name").asText() + "' requires");
        }
    }

    private ArrayNode leafOptions(JsonNode defs, Invocation inv, ObjectNode resolved, Channel channel) {
        ArrayNode out = JsonShapes.array();
        JsonNode given = inv.options() == null || inv.options().isNull() ? JsonShapes.object() : inv.options();
        if (!given.isObject()) {
            throw new Rejected("options must be a JSON object of name → value");
        }
        if (inv.autocomplete()) {
            JsonNode def = find(defs, inv.focusedOption()).orElseThrow(() -> new Rejected("unknown option '" + inv.focusedOption() + "'"));
            if (!def.path("autocomplete").asBoolean(false)) {
                throw new Rejected("option '" + inv.focusedOption() + "' does not use autocomplete");
            }
        }
        for (Iterator<String> it = given.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (find(defs, name).isEmpty()) {
                throw new Rejected("unknown option '" + name + "'; known: " + names(defs));
            }
        }
        for (JsonNode def : defs) {
            String name = def.path("name").asText();
            int type = def.path("type").asInt();
            ObjectNode option = JsonShapes.object();
            option.put("name", name);
            option.put("type", type);
            if (inv.autocomplete() && name.equals(inv.focusedOption())) {
                // While typing, Discord sends the raw text of the focused option, unvalidated.
                option.put("value", inv.focusedValue() == null ? "" : inv.focusedValue());
                option.put("focused", true);
                out.add(option);
                continue;
            }
            JsonNode value = given.get(name);
            if (value == null || value.isNull()) {
                if (def.path("required").asBoolean(false) && !inv.autocomplete()) {
                    throw new Rejected("missing required option '" + name + "'");
                }
                continue;
            }
            option.set("value", convert(def, value, resolved));
            out.add(option);
        }
        return out;
    }

    private JsonNode convert(JsonNode def, JsonNode value, ObjectNode resolved) {
        String name = def.path("name").asText();
        int type = def.path("type").asInt();
        String text = value.isValueNode() ? value.asText() : value.toString();
        JsonNode choice = matchChoice(def, value, text);
        if (choice != null) {
            return choice;
        }
        return switch (type) {
            case STRING -> {
                checkLength(def, name, text);
                yield JsonShapes.MAPPER.getNodeFactory().textNode(text);
            }
            case INTEGER -> {
                long n;
                try {
                    n = value.isIntegralNumber() ? value.asLong() : Long.parseLong(text.trim());
                } catch (NumberFormatException e) {
                    throw new Rejected("option '" + name + "' must be an integer, got " + value);
                }
                checkRange(def, name, n);
                yield JsonShapes.MAPPER.getNodeFactory().numberNode(n);
            }
            case NUMBER -> {
                double d;
                try {
                    d = value.isNumber() ? value.asDouble() : Double.parseDouble(text.trim());
                } catch (NumberFormatException e) {
                    throw new Rejected("option '" + name + "' must be a number, got " + value);
                }
                checkRange(def, name, d);
                yield JsonShapes.MAPPER.getNodeFactory().numberNode(d);
            }
            case BOOLEAN -> {
                if (value.isBoolean()) {
                    yield value;
                }
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                    yield JsonShapes.MAPPER.getNodeFactory().booleanNode(Boolean.parseBoolean(text));
                }
                throw new Rejected("option '" + name + "' must be true or false, got " + value);
            }
            case USER -> resolveUser(name, text, resolved);
            case ROLE -> resolveRole(name, text, resolved);
            case MENTIONABLE -> {
                Optional<Member> m = guild.findMember(text);
                yield m.isPresent() ? resolveUser(name, text, resolved) : resolveRole(name, text, resolved);
            }
            case CHANNEL -> resolveChannel(def, name, text, resolved);
            case ATTACHMENT -> throw new Rejected("option '" + name + "' is an attachment; the simulator cannot upload files");
            default -> throw new Rejected("option '" + name + "' has unsupported type " + type);
        };
    }

    /** With choices, only a choice's value (or its display name, as picked in the client) is accepted. */
    private JsonNode matchChoice(JsonNode def, JsonNode value, String text) {
        JsonNode choices = def.path("choices");
        if (!choices.isArray() || choices.isEmpty()) {
            return null;
        }
        for (JsonNode c : choices) {
            JsonNode v = c.path("value");
            boolean sameValue = v.isNumber() && value.isNumber() ? v.asDouble() == value.asDouble() : v.asText().equals(text);
            if (sameValue || c.path("name").asText().equalsIgnoreCase(text)) {
                return v;
            }
        }
        List<String> allowed = new ArrayList<>();
        choices.forEach(c -> allowed.add(c.path("value").asText()));
        throw new Rejected("option '" + def.path("name").asText() + "' must be one of " + allowed + ", got " + text);
    }

    private JsonNode resolveUser(String option, String ref, ObjectNode resolved) {
        Member m = guild.findMember(ref).orElseThrow(() -> new Rejected("option '" + option + "': unknown user '" + ref + "'"));
        resolved.withObjectProperty("users").set(m.userId(), JsonShapes.user(m));
        resolved.withObjectProperty("members").set(m.userId(), JsonShapes.member(m, false, guild.permissions(m.userId())));
        return JsonShapes.MAPPER.getNodeFactory().textNode(m.userId());
    }

    private JsonNode resolveRole(String option, String ref, ObjectNode resolved) {
        Role r = guild.findRole(ref).orElseThrow(() -> new Rejected("option '" + option + "': unknown role '" + ref + "'"));
        resolved.withObjectProperty("roles").set(r.id(), JsonShapes.role(r, guild.bot().userId()));
        return JsonShapes.MAPPER.getNodeFactory().textNode(r.id());
    }

    private JsonNode resolveChannel(JsonNode def, String option, String ref, ObjectNode resolved) {
        Channel c = guild.findChannel(ref).orElseThrow(() -> new Rejected("option '" + option + "': unknown channel '" + ref + "'"));
        JsonNode types = def.path("channel_types");
        if (types.isArray() && !types.isEmpty()) {
            boolean ok = false;
            for (JsonNode t : types) {
                ok |= t.asInt() == c.type();
            }
            if (!ok) {
                throw new Rejected("option '" + option + "': channel '" + c.name() + "' has type " + c.typeName() + ", allowed " + types);
            }
        }
        ObjectNode rc = JsonShapes.channel(c, guild.guildId());
        rc.put("permissions", Long.toString(Permissions.ALL));
        resolved.withObjectProperty("channels").set(c.id(), rc);
        return JsonShapes.MAPPER.getNodeFactory().textNode(c.id());
    }

    private static void checkRange(JsonNode def, String name, double n) {
        if (def.hasNonNull("min_value") && n < def.get("min_value").asDouble()) {
            throw new Rejected("option '" + name + "' must be at least " + def.get("min_value").asText() + ", got " + format(n));
        }
        if (def.hasNonNull("max_value") && n > def.get("max_value").asDouble()) {
            throw new Rejected("option '" + name + "' must be at most " + def.get("max_value").asText() + ", got " + format(n));
        }
    }

    private static void checkLength(JsonNode def, String name, String text) {
        if (def.hasNonNull("min_length") && text.length() < def.get("min_length").asInt()) {
            throw new Rejected("option '" + name + "' must be at least " + def.get("min_length").asInt() + " characters");
        }
        if (def.hasNonNull("max_length") && text.length() > def.get("max_length").asInt()) {
            throw new Rejected("option '" + name + "' must be at most " + def.get("max_length").asInt() + " characters");
        }
    }

    private static String format(double n) {
        return n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
    }

    private static boolean hasSubcommands(JsonNode defs) {
        for (JsonNode d : defs) {
            int t = d.path("type").asInt();
            if (t == SUB_COMMAND || t == SUB_COMMAND_GROUP) {
                return true;
            }
        }
        return false;
    }

    private static Optional<JsonNode> find(JsonNode defs, String name) {
        for (JsonNode d : defs) {
            if (d.path("name").asText().equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static List<String> names(JsonNode defs) {
        List<String> names = new ArrayList<>();
        defs.forEach(d -> names.add(d.path("name").asText()));
        return names;
    }
}
