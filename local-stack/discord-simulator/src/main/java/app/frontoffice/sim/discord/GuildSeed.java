package app.frontoffice.sim.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The guild a simulator starts with, read from the seed JSON documented in the module README.
 *
 * <p>The seed is produced by another tool from league data, so parsing is forgiving: ids are
 * optional and minted when missing, and a member's {@code roleIds} or a channel's {@code parentId}
 * may name the role/category instead of giving its id (handy when ids are minted).
 */
public record GuildSeed(String id, String name, Bot bot, List<Role> roles, List<Channel> channels, List<Member> members) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DEFAULT_RESOURCE = "default-guild.json";

    /** The bot account: its user, its application and the token JDA must present. */
    public record Bot(String userId, String name, String applicationId, String token) {
    }

    /** A role; {@code permissions} is Discord's decimal permission string. */
    public record Role(String id, String name, String permissions, int colour) {
    }

    /** A channel; {@code type} is "text", "voice" or "category". */
    public record Channel(String id, String name, String type, String parentId) {
    }

    /** A human member and the ids of their roles (never including @everyone). */
    public record Member(String userId, String name, List<String> roleIds) {
    }

    public GuildSeed {
        roles = List.copyOf(roles);
        channels = List.copyOf(channels);
        members = List.copyOf(members);
    }

    public static GuildSeed fromJson(String json) {
        try {
            return parse(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("Guild seed is not valid JSON: " + e.getMessage(), e);
        }
    }

    public static GuildSeed fromJson(Path file) {
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read guild seed " + file, e);
        }
    }

    /** The small demo guild shipped in the jar; tests and the launcher fall back to it. */
    public static GuildSeed defaultSeed() {
        try (InputStream in = GuildSeed.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + DEFAULT_RESOURCE);
            }
            return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GuildSeed parse(JsonNode root) {
        String guildId = idOrMint(root.path("id"));
        JsonNode botNode = root.path("bot");
        Bot bot = new Bot(idOrMint(botNode.path("userId")), text(botNode.path("name"), "Front Office"),
                idOrMint(botNode.path("applicationId")), text(botNode.path("token"), "local.bot.token"));
        if (bot.token().chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("Bot token must not contain whitespace (JDA refuses it)");
        }

        List<Role> roles = new ArrayList<>();
        for (JsonNode r : root.path("roles")) {
            JsonNode colour = r.has("colour") ? r.get("colour") : r.path("color");
            roles.add(new Role(idOrMint(r.path("id")), required(r, "name", "role"),
                    text(r.path("permissions"), "0"), colour.asInt(0)));
        }

        List<Channel> rawChannels = new ArrayList<>();
        for (JsonNode c : root.path("channels")) {
            String type = text(c.path("type"), "text").toLowerCase(Locale.ROOT);
            if (!List.of("text", "voice", "category").contains(type)) {
                throw new IllegalArgumentException("Channel type must be text, voice or category: " + type);
            }
            rawChannels.add(new Channel(idOrMint(c.path("id")), required(c, "name", "channel"), type, text(c.path("parentId"), null)));
        }
        List<Channel> channels = new ArrayList<>();
        for (Channel c : rawChannels) {
            String parent = c.parentId() == null ? null : rawChannels.stream()
                    .filter(p -> p.type().equals("category") && (p.id().equals(c.parentId()) || p.name().equals(c.parentId())))
                    .map(Channel::id).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Channel " + c.name() + " has unknown parent " + c.parentId()));
            channels.add(new Channel(c.id(), c.name(), c.type(), parent));
        }

        List<Member> members = new ArrayList<>();
        for (JsonNode m : root.path("members")) {
            List<String> roleIds = new ArrayList<>();
            for (JsonNode ref : m.path("roleIds")) {
                String wanted = ref.asText();
                roleIds.add(roles.stream().filter(r -> r.id().equals(wanted) || r.name().equals(wanted)).map(Role::id).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("Member " + m.path("name").asText() + " has unknown role " + wanted)));
            }
            members.add(new Member(idOrMint(m.path("userId")), required(m, "name", "member"), roleIds));
        }
        return new GuildSeed(guildId, text(root.path("name"), "Simulated Guild"), bot, roles, channels, members);
    }

    private static String idOrMint(JsonNode node) {
        String id = text(node, null);
        if (id == null) {
            return Snowflakes.next();
        }
        if (!id.matches("\\d{1,20}")) {
            throw new IllegalArgumentException("Ids must be numeric snowflakes (JDA checks this): " + id);
        }
        return id;
    }

    private static String required(JsonNode node, String field, String what) {
        String value = text(node.path(field), null);
        if (value == null) {
            throw new IllegalArgumentException("Every " + what + " needs a " + field + ": " + node);
        }
        return value;
    }

    private static String text(JsonNode node, String fallback) {
        return node == null || node.isMissingNode() || node.isNull() || node.asText().isBlank() ? fallback : node.asText();
    }
}
