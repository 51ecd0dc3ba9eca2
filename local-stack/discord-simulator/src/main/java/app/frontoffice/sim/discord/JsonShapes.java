package app.frontoffice.sim.discord;

import app.frontoffice.sim.discord.GuildState.Channel;
import app.frontoffice.sim.discord.GuildState.Member;
import app.frontoffice.sim.discord.GuildState.Role;
import app.frontoffice.sim.discord.Permissions.Overwrite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * Builds every JSON object the simulator sends: Discord wire objects (for JDA) and the control
 * API's simpler shapes (for tests and the page).
 *
 * <p>The wire objects carry exactly the fields JDA 6.4.2 insists on; the comments name the ones
 * whose absence breaks JDA in non-obvious ways.
 */
final class JsonShapes {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonShapes() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    // ---------------------------------------------------------------- Discord wire objects

    static ObjectNode user(Member m) {
        ObjectNode u = object();
        u.put("id", m.userId());
        u.put("username", m.name());
        u.put("global_name", m.name());
        u.put("discriminator", "0");
        u.putNull("avatar");
        u.put("bot", m.bot());
        return u;
    }

    static ObjectNode role(Role r, String botUserId) {
        ObjectNode o = object();
        o.put("id", r.id());
        o.put("name", r.name());
        // JDA <= 6.1 reads "color"; JDA 6.4 requires the "colors" object. Sending both serves either.
        o.put("color", r.colour());
        ObjectNode colors = o.putObject("colors");
        colors.put("primary_color", r.colour());
        colors.putNull("secondary_color");
        colors.putNull("tertiary_color");
        o.put("position", r.position());
        o.put("permissions", Long.toString(r.permissions()));
        o.put("managed", r.managed());
        o.put("hoist", false);
        o.put("mentionable", false);
        o.putNull("icon");
        o.putNull("unicode_emoji");
        o.put("flags", 0);
        ObjectNode tags = o.putObject("tags");
        if (r.managed()) {
            tags.put("bot_id", botUserId);
        }
        return o;
    }

    static ObjectNode channel(Channel c, String guildId) {
        ObjectNode o = object();
        o.put("id", c.id());
        o.put("type", c.type());
        o.put("name", c.name());
        o.put("position", c.position());
        o.put("guild_id", guildId);
        if (c.parentId() == null) {
            o.putNull("parent_id");
        } else {
            o.put("parent_id", c.parentId());
        }
        o.put("nsfw", false);
        o.set("permission_overwrites", overwrites(c.overwrites()));
        o.put("flags", 0);
        if (c.type() == GuildState.TEXT) {
            o.put("topic", c.topic());
            o.put("rate_limit_per_user", 0);
            o.putNull("last_message_id");
        } else if (c.type() == GuildState.VOICE) {
            o.put("bitrate", 64000); // required by JDA for voice channels
            o.put("user_limit", 0);
            o.putNull("rtc_region");
            o.put("rate_limit_per_user", 0);
            o.putNull("last_message_id");
            if (c.voiceStatus() != null) {
                o.put("status", c.voiceStatus());
            }
        }
        return o;
    }

    static ArrayNode overwrites(List<Overwrite> list) {
        ArrayNode a = array();
        for (Overwrite ow : list) {
            ObjectNode o = a.addObject();
            o.put("id", ow.id());
            o.put("type", ow.type());
            o.put("allow", Long.toString(ow.allow()));
            o.put("deny", Long.toString(ow.deny()));
        }
        return a;
    }

    static ObjectNode dmChannel(String dmId, Member recipient) {
        ObjectNode o = object();
        o.put("id", dmId);
        o.put("type", GuildState.DM);
        o.putNull("last_message_id");
        o.putArray("recipients").add(user(recipient));
        return o;
    }

    /** A guild member; {@code permissions} (channel-level) is only present inside interactions. */
    static ObjectNode member(Member m, boolean withUser, Long permissions) {
        ObjectNode o = object();
        if (withUser) {
            o.set("user", user(m));
        }
        ArrayNode roles = o.putArray("roles");
        m.roleIds().forEach(roles::add);
        o.put("joined_at", m.joinedAt().toString());
        o.putNull("nick");
        o.putNull("avatar");
        o.putNull("premium_since");
        o.putNull("communication_disabled_until");
        o.put("deaf", false);
        o.put("mute", false);
        o.put("flags", 0);
        o.put("pending", false);
        if (permissions != null) {
            o.put("permissions", Long.toString(permissions));
        }
        return o;
    }

    static ObjectNode voiceState(GuildState guild, String userId, String channelId) {
        ObjectNode o = object();
        o.put("guild_id", guild.guildId());
        if (channelId == null) {
            o.putNull("channel_id");
        } else {
            o.put("channel_id", channelId);
        }
        o.put("user_id", userId);
        guild.member(userId).ifPresent(m -> o.set("member", member(m, true, null)));
        o.put("session_id", "voice-" + userId); // JDA requires a session id
        o.put("deaf", false);
        o.put("mute", false);
        o.put("self_deaf", false);
        o.put("self_mute", false);
        o.put("self_video", false);
        o.put("self_stream", false);
        o.put("suppress", false);
        o.putNull("request_to_speak_timestamp");
        return o;
    }

    /**
     * The GUILD_CREATE payload. {@code afk_timeout} must be one of JDA's enum values (300 here) or
     * guild setup fails silently and {@code awaitReady()} returns without the guild.
     */
    static ObjectNode guildCreate(GuildState guild) {
        ObjectNode g = object();
        g.put("id", guild.guildId());
        g.put("name", guild.guildName());
        g.putNull("icon");
        g.put("owner_id", guild.ownerId());
        g.put("unavailable", false);
        g.put("large", false);
        g.put("afk_timeout", 300);
        g.putNull("afk_channel_id");
        g.put("verification_level", 0);
        g.put("default_message_notifications", 0);
        g.put("explicit_content_filter", 0);
        g.put("mfa_level", 0);
        g.put("nsfw_level", 0);
        g.put("premium_tier", 0);
        g.put("preferred_locale", "en-US");
        g.put("joined_at", java.time.Instant.now().toString());
        List<Member> members = guild.members();
        g.put("member_count", members.size());
        ArrayNode roles = g.putArray("roles");
        guild.roles().forEach(r -> roles.add(role(r, guild.bot().userId())));
        ArrayNode channels = g.putArray("channels");
        guild.channels().forEach(c -> channels.add(channel(c, guild.guildId())));
        ArrayNode memberArray = g.putArray("members");
        members.forEach(m -> memberArray.add(member(m, true, null)));
        ArrayNode voice = g.putArray("voice_states");
        guild.voiceStates().forEach((user, channel) -> {
            ObjectNode vs = voiceState(guild, user, channel);
            vs.remove("member");
            vs.remove("guild_id");
            voice.add(vs);
        });
        for (String empty : List.of("threads", "guild_scheduled_events", "emojis", "stickers", "presences",
                "stage_instances", "features", "soundboard_sounds")) {
            g.putArray(empty);
        }
        return g;
    }

    /** A message object JDA can parse: {@code mentions}/{@code mention_roles} are mandatory. */
    static ObjectNode message(StoredMessage m, GuildState guild) {
        ObjectNode o = object();
        o.put("id", m.id());
        // Always DEFAULT (0): type 20 would make JDA look for interaction metadata we do not model.
        o.put("type", 0);
        o.put("channel_id", m.channelId());
        if (guild.channel(m.channelId()).isPresent()) {
            o.put("guild_id", guild.guildId());
        }
        Member author = guild.member(m.authorId())
                .orElseGet(() -> new Member(m.authorId(), "unknown", List.of(), false, m.createdAt()));
        o.set("author", user(author));
        o.put("content", m.content());
        o.put("timestamp", m.createdAt().toString());
        if (m.editedAt() == null) {
            o.putNull("edited_timestamp");
        } else {
            o.put("edited_timestamp", m.editedAt().toString());
        }
        o.put("tts", false);
        o.put("mention_everyone", m.allowedMentions().everyone());
        ArrayNode mentions = o.putArray("mentions");
        m.mentionedUsers().forEach(id -> guild.member(id).ifPresent(u -> mentions.add(user(u))));
        ArrayNode mentionRoles = o.putArray("mention_roles");
        m.mentionedRoles().forEach(mentionRoles::add);
        o.putArray("attachments");
        o.set("embeds", m.embeds().deepCopy());
        o.set("components", m.components().deepCopy());
        o.put("pinned", false);
        o.put("flags", m.flags());
        if (m.interactionId() != null) {
            o.put("application_id", guild.bot().applicationId());
        }
        return o;
    }

    // ---------------------------------------------------------------- control API shapes

    static ObjectNode controlGuild(GuildState guild) {
        ObjectNode o = object();
        o.put("id", guild.guildId());
        o.put("name", guild.guildName());
        ArrayNode channels = o.putArray("channels");
        for (Channel c : guild.channels()) {
            ObjectNode co = channels.addObject();
            co.put("id", c.id());
            co.put("name", c.name());
            co.put("type", c.typeName());
            co.put("parentId", c.parentId());
        }
        ArrayNode roles = o.putArray("roles");
        for (Role r : guild.roles()) {
            ObjectNode ro = roles.addObject();
            ro.put("id", r.id());
            ro.put("name", r.name());
            ro.put("permissions", Long.toString(r.permissions()));
        }
        ArrayNode members = o.putArray("members");
        for (Member m : guild.members()) {
            ObjectNode mo = members.addObject();
            mo.put("userId", m.userId());
            mo.put("name", m.name());
            ArrayNode ids = mo.putArray("roleIds");
            m.roleIds().forEach(ids::add);
            mo.put("admin", guild.isAdmin(m.userId()));
            mo.put("bot", m.bot());
        }
        return o;
    }

    static ObjectNode controlChannel(Channel c, GuildState guild) {
        ObjectNode o = object();
        o.put("id", c.id());
        o.put("name", c.name());
        o.put("type", c.typeName());
        o.put("parentId", c.parentId());
        o.put("voiceStatus", c.voiceStatus());
        boolean hidden = c.overwrites().stream()
                .anyMatch(ow -> ow.id().equals(guild.guildId()) && (ow.deny() & Permissions.VIEW_CHANNEL) != 0);
        o.put("visibleToEveryone", !hidden);
        ArrayNode list = o.putArray("permissionOverwrites");
        for (Overwrite ow : c.overwrites()) {
            ObjectNode oo = list.addObject();
            oo.put("id", ow.id());
            oo.put("type", ow.type() == 0 ? "role" : "member");
            oo.put("allow", Long.toString(ow.allow()));
            oo.put("deny", Long.toString(ow.deny()));
        }
        return o;
    }

    /** The control API's MESSAGE: embeds flattened so tests can assert on plain strings. */
    static ObjectNode controlMessage(StoredMessage m) {
        ObjectNode o = object();
        o.put("id", m.id());
        o.put("channelId", m.channelId());
        o.put("authorId", m.authorId());
        o.put("content", m.content());
        ArrayNode embeds = o.putArray("embeds");
        for (JsonNode e : m.embeds()) {
            ObjectNode eo = embeds.addObject();
            eo.put("title", textOrNull(e.path("title")));
            eo.put("description", textOrNull(e.path("description")));
            if (e.hasNonNull("color")) {
                eo.put("color", e.get("color").asInt());
            } else {
                eo.putNull("color");
            }
            ArrayNode fields = eo.putArray("fields");
            for (JsonNode f : e.path("fields")) {
                ObjectNode fo = fields.addObject();
                fo.put("name", f.path("name").asText(""));
                fo.put("value", f.path("value").asText(""));
                fo.put("inline", f.path("inline").asBoolean(false));
            }
            eo.put("footer", textOrNull(e.path("footer").path("text")));
            eo.put("thumbnail", textOrNull(e.path("thumbnail").path("url")));
            eo.put("image", textOrNull(e.path("image").path("url")));
            eo.put("author", textOrNull(e.path("author").path("name")));
            eo.put("url", textOrNull(e.path("url")));
        }
        o.put("createdAt", m.createdAt().toString());
        o.put("editedAt", m.editedAt() == null ? null : m.editedAt().toString());
        o.put("ephemeral", m.ephemeral());
        ObjectNode allowed = o.putObject("allowedMentions");
        ArrayNode users = allowed.putArray("users");
        m.allowedMentions().users().forEach(users::add);
        ArrayNode roles = allowed.putArray("roles");
        m.allowedMentions().roles().forEach(roles::add);
        allowed.put("everyone", m.allowedMentions().everyone());
        o.put("componentCount", countComponents(m.components()));
        return o;
    }

    static ArrayNode controlMessages(List<StoredMessage> messages) {
        ArrayNode a = array();
        messages.forEach(m -> a.add(controlMessage(m)));
        return a;
    }

    static ObjectNode error(String reason) {
        ObjectNode o = object();
        o.put("error", reason);
        return o;
    }

    static ObjectNode discordError(int code, String message) {
        ObjectNode o = object();
        o.put("code", code);
        o.put("message", message);
        return o;
    }

    static ObjectNode of(Map<String, ?> values) {
        return MAPPER.valueToTree(values);
    }

    private static int countComponents(JsonNode components) {
        int n = 0;
        for (JsonNode c : components) {
            n += 1 + countComponents(c.path("components"));
        }
        return n;
    }

    private static String textOrNull(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
