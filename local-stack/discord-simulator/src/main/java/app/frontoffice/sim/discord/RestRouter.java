package app.frontoffice.sim.discord;

import app.frontoffice.sim.discord.GuildState.Channel;
import app.frontoffice.sim.discord.GuildState.Member;
import app.frontoffice.sim.discord.Http.Request;
import app.frontoffice.sim.discord.Http.Response;
import app.frontoffice.sim.discord.InteractionRegistry.Interaction;
import app.frontoffice.sim.discord.Permissions.Overwrite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The subset of Discord's REST API v10 that JDA 6 uses for this league, under {@code /api/v10/}.
 *
 * <p>State-changing calls also dispatch the matching gateway event, because JDA does not update its
 * cache from REST responses. Unknown routes answer Discord's 404 and are logged, which is how gaps
 * in this simulator show up. No rate-limit headers are ever sent, so JDA never waits.
 */
final class RestRouter implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RestRouter.class);

    private final GuildState guild;
    private final MessageStore messages;
    private final CommandRegistry commands;
    private final InteractionRegistry interactions;
    private final BiConsumer<String, JsonNode> dispatcher;
    private final Supplier<String> gatewayUrl;
    private final SimEvents events;
    private final Http.Router router = new Http.Router();

    RestRouter(GuildState guild, MessageStore messages, CommandRegistry commands, InteractionRegistry interactions,
               BiConsumer<String, JsonNode> dispatcher, Supplier<String> gatewayUrl, SimEvents events) {
        this.guild = guild;
        this.messages = messages;
        this.commands = commands;
        this.interactions = interactions;
        this.dispatcher = dispatcher;
        this.gatewayUrl = gatewayUrl;
        this.events = events;
        routes();
    }

    private void routes() {
        router.add("GET", "users/@me", (r, p) -> Response.ok(selfUser()))
                .add("GET", "users/{userId}", (r, p) -> guild.member(p.get("userId"))
                        .map(m -> Response.ok(JsonShapes.user(m))).orElseGet(() -> error(404, 10013, "Unknown User")))
                .add("POST", "users/@me/channels", (r, p) -> openDm(r.json()))
                .add("GET", "gateway", (r, p) -> Response.ok(gateway()))
                .add("GET", "gateway/bot", (r, p) -> Response.ok(gateway()))
                // application commands, guild and global
                .add("PUT", "applications/{app}/guilds/{guildId}/commands", (r, p) -> commandsChanged(commands.overwrite(p.get("guildId"), array(r))))
                .add("GET", "applications/{app}/guilds/{guildId}/commands", (r, p) -> Response.ok(commands.list(p.get("guildId"))))
                .add("POST", "applications/{app}/guilds/{guildId}/commands", (r, p) -> commandsChanged(commands.upsert(p.get("guildId"), r.json())))
                .add("DELETE", "applications/{app}/guilds/{guildId}/commands/{commandId}", (r, p) -> deleteCommand(p.get("commandId")))
                .add("PUT", "applications/{app}/commands", (r, p) -> commandsChanged(commands.overwrite(null, array(r))))
                .add("GET", "applications/{app}/commands", (r, p) -> Response.ok(commands.list(null)))
                .add("POST", "applications/{app}/commands", (r, p) -> commandsChanged(commands.upsert(null, r.json())))
                .add("DELETE", "applications/{app}/commands/{commandId}", (r, p) -> deleteCommand(p.get("commandId")))
                // interactions
                .add("POST", "interactions/{id}/{token}/callback", (r, p) -> callback(p.get("id"), p.get("token"), r.json()))
                .add("GET", "webhooks/{app}/{token}/messages/{messageId}", (r, p) -> hookGet(p.get("token"), p.get("messageId")))
                .add("PATCH", "webhooks/{app}/{token}/messages/{messageId}", (r, p) -> hookEdit(p.get("token"), p.get("messageId"), r.json()))
                .add("DELETE", "webhooks/{app}/{token}/messages/{messageId}", (r, p) -> hookDelete(p.get("token"), p.get("messageId")))
                .add("POST", "webhooks/{app}/{token}", (r, p) -> followup(p.get("token"), r.json()))
                // channels and messages
                .add("GET", "channels/{channelId}", (r, p) -> getChannel(p.get("channelId")))
                .add("PATCH", "channels/{channelId}", (r, p) -> patchChannel(p.get("channelId"), r.json()))
                .add("DELETE", "channels/{channelId}", (r, p) -> deleteChannel(p.get("channelId")))
                .add("GET", "channels/{channelId}/messages", (r, p) -> history(p.get("channelId"), r.query()))
                .add("POST", "channels/{channelId}/messages", (r, p) -> postMessage(p.get("channelId"), r.json()))
                .add("POST", "channels/{channelId}/messages/bulk-delete", (r, p) -> bulkDelete(p.get("channelId"), r.json()))
                .add("GET", "channels/{channelId}/messages/{messageId}", (r, p) -> getMessage(p.get("channelId"), p.get("messageId")))
                .add("PATCH", "channels/{channelId}/messages/{messageId}", (r, p) -> editMessage(p.get("channelId"), p.get("messageId"), r.json()))
                .add("DELETE", "channels/{channelId}/messages/{messageId}", (r, p) -> deleteMessage(p.get("channelId"), p.get("messageId")))
                .add("PUT", "channels/{channelId}/messages/{messageId}/reactions/{emoji}/@me", (r, p) -> Response.noContent())
                .add("DELETE", "channels/{channelId}/messages/{messageId}/reactions/{emoji}/@me", (r, p) -> Response.noContent())
                .add("POST", "channels/{channelId}/typing", (r, p) -> Response.noContent())
                .add("PUT", "channels/{channelId}/permissions/{overwriteId}", (r, p) -> putOverwrite(p.get("channelId"), p.get("overwriteId"), r.json()))
                .add("DELETE", "channels/{channelId}/permissions/{overwriteId}", (r, p) -> deleteOverwrite(p.get("channelId"), p.get("overwriteId")))
                .add("PUT", "channels/{channelId}/voice-status", (r, p) -> voiceStatus(p.get("channelId"), r.json()))
                // guild
                .add("GET", "guilds/{guildId}", (r, p) -> withGuild(p, () -> Response.ok(JsonShapes.guildCreate(guild))))
                .add("GET", "guilds/{guildId}/channels", (r, p) -> withGuild(p, this::listChannels))
                .add("POST", "guilds/{guildId}/channels", (r, p) -> withGuild(p, () -> createChannel(r.json())))
                .add("GET", "guilds/{guildId}/roles", (r, p) -> withGuild(p, this::listRoles))
                .add("GET", "guilds/{guildId}/members", (r, p) -> withGuild(p, this::listMembers))
                .add("GET", "guilds/{guildId}/members/{userId}", (r, p) -> withGuild(p, () -> guild.member(p.get("userId"))
                        .map(m -> Response.ok(JsonShapes.member(m, true, null))).orElseGet(() -> error(404, 10007, "Unknown Member"))))
                .add("PUT", "guilds/{guildId}/members/{userId}/roles/{roleId}", (r, p) -> withGuild(p, () -> memberRole(p, true)))
                .add("DELETE", "guilds/{guildId}/members/{userId}/roles/{roleId}", (r, p) -> withGuild(p, () -> memberRole(p, false)));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Response response;
        Request request = null;
        try {
            request = Http.read(exchange);
            List<String> segs = request.segments();
            boolean v10 = segs.size() >= 2 && segs.get(0).equals("api") && segs.get(1).equals("v10");
            Optional<Response> routed = v10 ? router.dispatch(request, 2) : Optional.empty();
            if (routed.isEmpty()) {
                LOG.warn("Discord simulator has no route for {} {} (body: {})", request.method(), request.path(),
                        new String(request.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            response = routed.orElseGet(() -> error(404, 0, "404: Not Found"));
        } catch (Http.BadRequest e) {
            response = error(400, 50035, "Invalid Form Body: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Discord simulator failed on {} {}", request == null ? "?" : request.method(), request == null ? "?" : request.path(), e);
            response = error(500, 0, "500: Internal Server Error in simulator: " + e);
        }
        LOG.debug("{} {} -> {}", request == null ? "?" : request.method(), request == null ? "?" : request.path(), response.status());
        Http.write(exchange, response);
    }

    // ---------------------------------------------------------------- users, gateway, commands

    private ObjectNode selfUser() {
        Member self = guild.member(guild.bot().userId()).orElseThrow();
        ObjectNode u = JsonShapes.user(self);
        u.put("verified", true);
        u.put("mfa_enabled", false);
        u.put("flags", 0);
        return u;
    }

    private ObjectNode gateway() {
        ObjectNode o = JsonShapes.object();
        o.put("url", gatewayUrl.get());
        o.put("shards", 1);
        ObjectNode limit = o.putObject("session_start_limit");
        limit.put("total", 1000);
        limit.put("remaining", 1000);
        limit.put("reset_after", 0);
        limit.put("max_concurrency", 1);
        return o;
    }

    private Response commandsChanged(JsonNode answer) {
        events.publish("commands");
        return Response.ok(answer);
    }

    private Response deleteCommand(String commandId) {
        if (!commands.delete(commandId)) {
            return error(404, 10063, "Unknown application command");
        }
        events.publish("commands");
        return Response.noContent();
    }

    private static JsonNode array(Request r) {
        JsonNode body = r.json();
        if (!body.isArray()) {
            throw new Http.BadRequest("expected a JSON array of commands");
        }
        return body;
    }

    // ---------------------------------------------------------------- interactions

    private Response callback(String interactionId, String token, JsonNode body) {
        Optional<Interaction> found = interactions.byId(interactionId).filter(i -> i.token.equals(token));
        if (found.isEmpty()) {
            return error(404, 10062, "Unknown interaction");
        }
        Interaction interaction = found.get();
        int type = body.path("type").asInt();
        JsonNode data = body.path("data");
        boolean ephemeral = (data.path("flags").asInt(0) & StoredMessage.EPHEMERAL) != 0;
        boolean deferred = type == 5 || type == 6;
        if (!interaction.acknowledge(type, deferred, ephemeral)) {
            return error(400, 40060, "Interaction has already been acknowledged.");
        }
        switch (type) {
            case 4 -> {
                StoredMessage reply = StoredMessage.create(Snowflakes.next(), interaction.channelId, guild.bot().userId(),
                        data, !ephemeral, interaction.id);
                messages.add(reply);
                interaction.responseMessageId(reply.id());
            }
            case 8 -> interaction.autocompleteResult.complete(data);
            default -> LOG.debug("Interaction {} acknowledged with callback type {}", interactionId, type);
        }
        events.publish("interaction");
        if (type == 4) {
            events.publish("message");
        }
        return Response.noContent();
    }

    private Response hookGet(String token, String messageId) {
        Optional<Interaction> interaction = interactions.byToken(token);
        if (interaction.isEmpty()) {
            return error(404, 10015, "Unknown Webhook");
        }
        return hookMessageId(interaction.get(), messageId).flatMap(messages::get)
                .map(m -> Response.ok(JsonShapes.message(m, guild))).orElseGet(() -> error(404, 10008, "Unknown Message"));
    }

    /** PATCH on {@code @original} after a defer creates the response; otherwise it edits. */
    private Response hookEdit(String token, String messageId, JsonNode body) {
        Optional<Interaction> found = interactions.byToken(token);
        if (found.isEmpty()) {
            return error(404, 10015, "Unknown Webhook");
        }
        Interaction interaction = found.get();
        if (!interaction.acknowledged()) {
            return error(404, 10008, "Unknown Message");
        }
        if (!body.isObject()) {
            throw new Http.BadRequest("expected a message object");
        }
        Optional<StoredMessage> edited;
        if (messageId.equals("@original") && interaction.responseMessageId() == null) {
            ObjectNode withFlags = ((ObjectNode) body).deepCopy();
            if (interaction.ephemeral()) {
                withFlags.put("flags", withFlags.path("flags").asInt(0) | StoredMessage.EPHEMERAL);
            }
            StoredMessage created = StoredMessage.create(Snowflakes.next(), interaction.channelId, guild.bot().userId(),
                    withFlags, !interaction.ephemeral(), interaction.id);
            messages.add(created);
            interaction.responseMessageId(created.id());
            edited = Optional.of(created);
        } else {
            edited = hookMessageId(interaction, messageId).flatMap(id -> messages.update(id, m -> m.edit(body)));
        }
        events.publish("interaction");
        events.publish("message");
        return edited.map(m -> Response.ok(JsonShapes.message(m, guild))).orElseGet(() -> error(404, 10008, "Unknown Message"));
    }

    private Response hookDelete(String token, String messageId) {
        Optional<Interaction> found = interactions.byToken(token);
        if (found.isEmpty()) {
            return error(404, 10015, "Unknown Webhook");
        }
        Optional<StoredMessage> deleted = hookMessageId(found.get(), messageId).flatMap(messages::delete);
        if (deleted.isEmpty()) {
            return error(404, 10008, "Unknown Message");
        }
        events.publish("message");
        return Response.noContent();
    }

    private Response followup(String token, JsonNode body) {
        Optional<Interaction> found = interactions.byToken(token);
        if (found.isEmpty()) {
            return error(404, 10015, "Unknown Webhook");
        }
        Interaction interaction = found.get();
        if (!interaction.acknowledged()) {
            return error(400, 40060, "Interaction has not been acknowledged.");
        }
        boolean ephemeral = (body.path("flags").asInt(0) & StoredMessage.EPHEMERAL) != 0;
        StoredMessage m = StoredMessage.create(Snowflakes.next(), interaction.channelId, guild.bot().userId(), body, !ephemeral, interaction.id);
        messages.add(m);
        interaction.addFollowup(m.id());
        events.publish("interaction");
        events.publish("message");
        return Response.ok(JsonShapes.message(m, guild));
    }

    /** A webhook message id: {@code @original} or one of this interaction's follow-ups. */
    private static Optional<String> hookMessageId(Interaction interaction, String messageId) {
        if (messageId.equals("@original")) {
            return Optional.ofNullable(interaction.responseMessageId());
        }
        return interaction.followupIds().contains(messageId) || messageId.equals(interaction.responseMessageId())
                ? Optional.of(messageId) : Optional.empty();
    }

    // ---------------------------------------------------------------- channels and messages

    private Response getChannel(String channelId) {
        Optional<Channel> c = guild.channel(channelId);
        if (c.isPresent()) {
            return Response.ok(JsonShapes.channel(c.get(), guild.guildId()));
        }
        return guild.dmRecipient(channelId).flatMap(guild::member)
                .map(m -> Response.ok(JsonShapes.dmChannel(channelId, m)))
                .orElseGet(() -> error(404, 10003, "Unknown Channel"));
    }

    private Response patchChannel(String channelId, JsonNode body) {
        Optional<Channel> updated = guild.updateChannel(channelId, c -> {
            Channel next = c;
            if (body.hasNonNull("name")) {
                next = next.withName(body.get("name").asText());
            }
            if (body.has("parent_id")) {
                next = next.withParent(body.get("parent_id").isNull() ? null : body.get("parent_id").asText());
            }
            if (body.has("topic")) {
                next = next.withTopic(body.get("topic").isNull() ? null : body.get("topic").asText());
            }
            if (body.hasNonNull("position")) {
                next = next.withPosition(body.get("position").asInt());
            }
            if (body.has("permission_overwrites")) {
                next = next.withOverwrites(overwrites(body.get("permission_overwrites")));
            }
            return next;
        });
        return updated.map(c -> channelChanged("CHANNEL_UPDATE", c)).orElseGet(() -> error(404, 10003, "Unknown Channel"));
    }

    private Response deleteChannel(String channelId) {
        Optional<Channel> removed = guild.deleteChannel(channelId);
        if (removed.isEmpty()) {
            return error(404, 10003, "Unknown Channel");
        }
        messages.dropChannel(channelId);
        return channelChanged("CHANNEL_DELETE", removed.get());
    }

    private Response createChannel(JsonNode body) {
        String name = body.path("name").asText("");
        if (name.isBlank()) {
            throw new Http.BadRequest("name is required");
        }
        int type = body.path("type").asInt(GuildState.TEXT);
        if (type != GuildState.TEXT && type != GuildState.VOICE && type != GuildState.CATEGORY) {
            throw new Http.BadRequest("the simulator creates text (0), voice (2) and category (4) channels only, not " + type);
        }
        String parent = body.hasNonNull("parent_id") ? body.get("parent_id").asText() : null;
        if (parent != null && guild.channel(parent).filter(c -> c.type() == GuildState.CATEGORY).isEmpty()) {
            return error(400, 50035, "Invalid Form Body: parent_id is not a category");
        }
        Channel created = guild.createChannel(name, type, parent, overwrites(body.path("permission_overwrites")),
                body.hasNonNull("topic") ? body.get("topic").asText() : null);
        return channelChanged("CHANNEL_CREATE", created);
    }

    private Response channelChanged(String event, Channel c) {
        ObjectNode wire = JsonShapes.channel(c, guild.guildId());
        dispatcher.accept(event, wire);
        events.publish("channel");
        return Response.ok(wire);
    }

    private Response putOverwrite(String channelId, String overwriteId, JsonNode body) {
        Overwrite ow = new Overwrite(overwriteId, body.path("type").asInt(0),
                Permissions.parse(body.path("allow").asText("0")), Permissions.parse(body.path("deny").asText("0")));
        return guild.putOverwrite(channelId, ow).map(c -> {
            channelChanged("CHANNEL_UPDATE", c);
            return Response.noContent();
        }).orElseGet(() -> error(404, 10003, "Unknown Channel"));
    }

    private Response deleteOverwrite(String channelId, String overwriteId) {
        return guild.deleteOverwrite(channelId, overwriteId).map(c -> {
            channelChanged("CHANNEL_UPDATE", c);
            return Response.noContent();
        }).orElseGet(() -> error(404, 10003, "Unknown Channel"));
    }

    private Response voiceStatus(String channelId, JsonNode body) {
        String status = body.hasNonNull("status") && !body.get("status").asText().isEmpty() ? body.get("status").asText() : null;
        Optional<Channel> c = guild.channel(channelId);
        if (c.isEmpty() || c.get().type() != GuildState.VOICE) {
            return error(404, 10003, "Unknown Channel");
        }
        guild.updateChannel(channelId, ch -> ch.withVoiceStatus(status));
        ObjectNode event = JsonShapes.object();
        event.put("id", channelId);
        event.put("guild_id", guild.guildId());
        event.put("status", status);
        dispatcher.accept("VOICE_CHANNEL_STATUS_UPDATE", event);
        events.publish("channel");
        return Response.noContent();
    }

    private Response history(String channelId, Map<String, String> query) {
        if (!isMessageChannel(channelId)) {
            return error(404, 10003, "Unknown Channel");
        }
        int limit = Math.max(1, Math.min(100, Integer.parseInt(query.getOrDefault("limit", "50"))));
        ArrayNode out = JsonShapes.array();
        messages.history(channelId, limit, query.get("before"), query.get("after")).forEach(m -> out.add(JsonShapes.message(m, guild)));
        return Response.ok(out);
    }

    private Response postMessage(String channelId, JsonNode body) {
        if (!isMessageChannel(channelId)) {
            return error(404, 10003, "Unknown Channel");
        }
        Optional<String> dmUser = guild.dmRecipient(channelId);
        if (dmUser.isPresent() && guild.dmsClosed(dmUser.get())) {
            return error(403, 50007, "Cannot send messages to this user");
        }
        boolean empty = body.path("content").asText("").isEmpty() && body.path("embeds").isEmpty()
                && body.path("components").isEmpty() && body.path("attachments").isEmpty();
        if (empty) {
            return error(400, 50006, "Cannot send an empty message");
        }
        StoredMessage m = StoredMessage.create(Snowflakes.next(), channelId, guild.bot().userId(), body, true, null);
        messages.add(m);
        events.publish("message");
        return Response.ok(JsonShapes.message(m, guild));
    }

    private Response getMessage(String channelId, String messageId) {
        return messages.get(messageId).filter(m -> m.channelId().equals(channelId))
                .map(m -> Response.ok(JsonShapes.message(m, guild))).orElseGet(() -> error(404, 10008, "Unknown Message"));
    }

    private Response editMessage(String channelId, String messageId, JsonNode body) {
        Optional<StoredMessage> edited = messages.get(messageId).filter(m -> m.channelId().equals(channelId))
                .flatMap(m -> messages.update(messageId, old -> old.edit(body)));
        edited.ifPresent(m -> events.publish("message"));
        return edited.map(m -> Response.ok(JsonShapes.message(m, guild))).orElseGet(() -> error(404, 10008, "Unknown Message"));
    }

    private Response deleteMessage(String channelId, String messageId) {
        if (messages.deleteAll(channelId, List.of(messageId)) == 0) {
            return error(404, 10008, "Unknown Message");
        }
        dispatchDelete(channelId, List.of(messageId));
        return Response.noContent();
    }

    private Response bulkDelete(String channelId, JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.path("messages").forEach(id -> ids.add(id.asText()));
        if (ids.size() < 2 || ids.size() > 100) {
            return error(400, 50016, "Provided too few or too many messages to delete. Must provide at least 2 and fewer than 100 messages to delete.");
        }
        messages.deleteAll(channelId, ids);
        dispatchDelete(channelId, ids);
        return Response.noContent();
    }

    private void dispatchDelete(String channelId, List<String> ids) {
        ObjectNode event = JsonShapes.object();
        event.put("channel_id", channelId);
        guild.channel(channelId).ifPresent(c -> event.put("guild_id", guild.guildId()));
        if (ids.size() == 1) {
            event.put("id", ids.get(0));
            dispatcher.accept("MESSAGE_DELETE", event);
        } else {
            ArrayNode list = event.putArray("ids");
            ids.forEach(list::add);
            dispatcher.accept("MESSAGE_DELETE_BULK", event);
        }
        events.publish("message");
    }

    private Response openDm(JsonNode body) {
        String userId = body.path("recipient_id").asText();
        Optional<Member> m = guild.member(userId);
        if (m.isEmpty()) {
            return error(404, 10013, "Unknown User");
        }
        // Opening the channel always works on Discord; only sending into it fails when DMs are closed.
        return Response.ok(JsonShapes.dmChannel(guild.openDm(userId), m.get()));
    }

    // ---------------------------------------------------------------- guild

    private Response withGuild(Map<String, String> params, Supplier<Response> action) {
        return guild.guildId().equals(params.get("guildId")) ? action.get() : error(404, 10004, "Unknown Guild");
    }

    private Response listChannels() {
        ArrayNode out = JsonShapes.array();
        guild.channels().forEach(c -> out.add(JsonShapes.channel(c, guild.guildId())));
        return Response.ok(out);
    }

    private Response listRoles() {
        ArrayNode out = JsonShapes.array();
        guild.roles().forEach(r -> out.add(JsonShapes.role(r, guild.bot().userId())));
        return Response.ok(out);
    }

    private Response listMembers() {
        ArrayNode out = JsonShapes.array();
        guild.members().forEach(m -> out.add(JsonShapes.member(m, true, null)));
        return Response.ok(out);
    }

    private Response memberRole(Map<String, String> p, boolean add) {
        String userId = p.get("userId");
        String roleId = p.get("roleId");
        if (guild.findRole(roleId).filter(r -> r.id().equals(roleId)).isEmpty()) {
            return error(404, 10011, "Unknown Role");
        }
        Optional<Member> updated = guild.changeMemberRole(userId, roleId, add);
        if (updated.isEmpty()) {
            return error(404, 10007, "Unknown Member");
        }
        ObjectNode event = JsonShapes.member(updated.get(), true, null);
        event.put("guild_id", guild.guildId());
        dispatcher.accept("GUILD_MEMBER_UPDATE", event);
        events.publish("member");
        return Response.noContent();
    }

    // ---------------------------------------------------------------- helpers

    private boolean isMessageChannel(String channelId) {
        return guild.channel(channelId).map(Channel::isMessageChannel).orElse(false) || guild.dmRecipient(channelId).isPresent();
    }

    private static List<Overwrite> overwrites(JsonNode list) {
        List<Overwrite> out = new ArrayList<>();
        for (JsonNode o : list) {
            out.add(new Overwrite(o.path("id").asText(), o.path("type").asInt(0),
                    Permissions.parse(o.path("allow").asText("0")), Permissions.parse(o.path("deny").asText("0"))));
        }
        return out;
    }

    static Response error(int status, int code, String message) {
        return new Response(status, JsonShapes.discordError(code, message));
    }
}
