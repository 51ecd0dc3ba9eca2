package app.frontoffice.sim.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One message as the simulator keeps it: what the bot sent plus who it may ping.
 *
 * <p>Immutable; edits produce a new instance. The embed/component trees are deep-copied on the way
 * in and never handed out for mutation.
 *
 * @param visibleInChannel false for ephemeral interaction messages, which only their invoker sees
 * @param interactionId    the interaction this message answers, or null for a plain channel post
 */
record StoredMessage(String id, String channelId, String authorId, String content, ArrayNode embeds,
                     ArrayNode components, int flags, Instant createdAt, Instant editedAt,
                     List<String> mentionedUsers, List<String> mentionedRoles, AllowedMentions allowedMentions,
                     boolean visibleInChannel, String interactionId) {

    static final int EPHEMERAL = 64;

    private static final Pattern USER_MENTION = Pattern.compile("<@!?(\\d+)>");
    private static final Pattern ROLE_MENTION = Pattern.compile("<@&(\\d+)>");

    /** Which of the mentions in the content would really ping, after {@code allowed_mentions}. */
    record AllowedMentions(List<String> users, List<String> roles, boolean everyone) {
    }

    /** A new message built from a Discord create-message body (channel post, reply, follow-up). */
    static StoredMessage create(String id, String channelId, String authorId, JsonNode body, boolean visible, String interactionId) {
        String content = body.path("content").asText("");
        return new StoredMessage(id, channelId, authorId, content, richEmbeds(body.path("embeds")),
                copyArray(body.path("components")), body.path("flags").asInt(0), Instant.now(), null,
                matches(USER_MENTION, content), matches(ROLE_MENTION, content),
                allowed(content, body.path("allowed_mentions")), visible, interactionId);
    }

    /** This message after a PATCH: fields absent from the body keep their value, as on Discord. */
    StoredMessage edit(JsonNode body) {
        String newContent = body.has("content") && !body.get("content").isNull() ? body.get("content").asText() : content;
        ArrayNode newEmbeds = body.has("embeds") ? richEmbeds(body.get("embeds")) : embeds;
        ArrayNode newComponents = body.has("components") ? copyArray(body.get("components")) : components;
        AllowedMentions newAllowed = body.has("allowed_mentions") || body.has("content")
                ? allowed(newContent, body.path("allowed_mentions")) : allowedMentions;
        int newFlags = body.has("flags") ? (body.get("flags").asInt() | (flags & EPHEMERAL)) : flags;
        return new StoredMessage(id, channelId, authorId, newContent, newEmbeds, newComponents, newFlags, createdAt,
                Instant.now(), matches(USER_MENTION, newContent), matches(ROLE_MENTION, newContent), newAllowed,
                visibleInChannel, interactionId);
    }

    boolean ephemeral() {
        return (flags & EPHEMERAL) != 0;
    }

    /** JDA drops response embeds without {@code "type":"rich"}, so every stored embed gets one. */
    private static ArrayNode richEmbeds(JsonNode embeds) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        if (embeds != null && embeds.isArray()) {
            for (JsonNode e : embeds) {
                ObjectNode copy = e.isObject() ? ((ObjectNode) e).deepCopy() : JsonNodeFactory.instance.objectNode();
                if (!copy.hasNonNull("type")) {
                    copy.put("type", "rich");
                }
                out.add(copy);
            }
        }
        return out;
    }

    private static ArrayNode copyArray(JsonNode node) {
        return node != null && node.isArray() ? ((ArrayNode) node).deepCopy() : JsonNodeFactory.instance.arrayNode();
    }

    private static List<String> matches(Pattern pattern, String content) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = pattern.matcher(content);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return List.copyOf(ids);
    }

    /**
     * Discord's rule: without {@code allowed_mentions} everything mentioned pings; with it, only the
     * kinds in {@code parse} plus the ids listed explicitly.
     */
    private static AllowedMentions allowed(String content, JsonNode spec) {
        List<String> users = matches(USER_MENTION, content);
        List<String> roles = matches(ROLE_MENTION, content);
        boolean mentionsEveryone = content.contains("@everyone") || content.contains("@here");
        if (spec == null || spec.isMissingNode() || spec.isNull()) {
            return new AllowedMentions(users, roles, mentionsEveryone);
        }
        Set<String> parse = new LinkedHashSet<>();
        spec.path("parse").forEach(p -> parse.add(p.asText()));
        Set<String> explicitUsers = new LinkedHashSet<>();
        spec.path("users").forEach(u -> explicitUsers.add(u.asText()));
        Set<String> explicitRoles = new LinkedHashSet<>();
        spec.path("roles").forEach(r -> explicitRoles.add(r.asText()));
        List<String> allowedUsers = new ArrayList<>();
        for (String u : users) {
            if (parse.contains("users") || explicitUsers.contains(u)) {
                allowedUsers.add(u);
            }
        }
        List<String> allowedRoles = new ArrayList<>();
        for (String r : roles) {
            if (parse.contains("roles") || explicitRoles.contains(r)) {
                allowedRoles.add(r);
            }
        }
        return new AllowedMentions(List.copyOf(allowedUsers), List.copyOf(allowedRoles), mentionsEveryone && parse.contains("everyone"));
    }
}
