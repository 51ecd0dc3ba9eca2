package app.frontoffice.sim.discord;

import app.frontoffice.sim.discord.GuildState.Channel;
import app.frontoffice.sim.discord.GuildState.Member;
import app.frontoffice.sim.discord.Http.Request;
import app.frontoffice.sim.discord.Http.Response;
import app.frontoffice.sim.discord.InteractionFactory.Invocation;
import app.frontoffice.sim.discord.InteractionRegistry.Interaction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The simulator's own API under {@code /sim/}: what a test (or the web page) uses to look at the
 * guild, act as a member, and inspect what the bot did. Shapes are documented in the README and
 * are part of the product's test surface, so change them only together with their users.
 */
final class ControlApi implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ControlApi.class);
    private static final long AUTOCOMPLETE_WAIT_MS = 3_000;

    private final GuildState guild;
    private final MessageStore messages;
    private final CommandRegistry commands;
    private final InteractionRegistry interactions;
    private final InteractionFactory factory;
    private final GatewayServer gateway;
    private final SimEvents events;
    private final Http.Router router = new Http.Router();
    private volatile boolean closed;

    ControlApi(GuildState guild, MessageStore messages, CommandRegistry commands, InteractionRegistry interactions,
               GatewayServer gateway, SimEvents events) {
        this.guild = guild;
        this.messages = messages;
        this.commands = commands;
        this.interactions = interactions;
        this.factory = new InteractionFactory(guild, commands);
        this.gateway = gateway;
        this.events = events;
        router.add("GET", "guild", (r, p) -> Response.ok(JsonShapes.controlGuild(guild)))
                .add("GET", "commands", (r, p) -> Response.ok(commands.all()))
                .add("POST", "interactions", (r, p) -> invoke(r.json()))
                .add("GET", "interactions/{id}", (r, p) -> interactionState(p.get("id")))
                .add("POST", "autocomplete", (r, p) -> autocomplete(r.json()))
                .add("GET", "channels/{ref}", (r, p) -> channel(p.get("ref")).map(c -> Response.ok(JsonShapes.controlChannel(c, guild)))
                        .orElseGet(() -> notFound("unknown channel '" + p.get("ref") + "'")))
                .add("GET", "channels/{ref}/messages", (r, p) -> channel(p.get("ref"))
                        .map(c -> Response.ok(JsonShapes.controlMessages(messages.visible(c.id()))))
                        .orElseGet(() -> notFound("unknown channel '" + p.get("ref") + "'")))
                .add("GET", "users/{ref}/dms", (r, p) -> dms(p.get("ref")))
                .add("POST", "users/{ref}/dms-closed", (r, p) -> dmsClosed(p.get("ref"), r.json()))
                .add("GET", "voice/{ref}", (r, p) -> voice(p.get("ref")))
                .add("POST", "voice/{ref}/join", (r, p) -> voiceMove(p.get("ref"), r.json(), true))
                .add("POST", "voice/{ref}/leave", (r, p) -> voiceMove(p.get("ref"), r.json(), false))
                .add("GET", "gateway", (r, p) -> Response.ok(gatewayState()))
                .add("POST", "gateway/disconnect", (r, p) -> disconnect());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Response response;
        try {
            Request request = Http.read(exchange);
            if (request.method().equals("GET") && request.segments().equals(List.of("sim", "events"))) {
                streamEvents(exchange);
                return;
            }
            response = router.dispatch(request, 1)
                    .orElseGet(() -> notFound("no control route " + request.method() + " " + request.path()));
        } catch (Http.BadRequest | InteractionFactory.Rejected e) {
            response = new Response(400, JsonShapes.error(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("Control API failed", e);
            response = new Response(500, JsonShapes.error(e.toString()));
        }
        Http.write(exchange, response);
    }

    void close() {
        closed = true;
    }

    // ---------------------------------------------------------------- interactions

    private Response invoke(JsonNode body) {
        if (!gateway.connected()) {
            return new Response(503, JsonShapes.error("the bot is not connected to the gateway"));
        }
        Invocation inv = new Invocation(text(body, "userId"), text(body, "channel"), text(body, "command"), body.get("options"), null, null);
        Interaction interaction = dispatch(inv);
        return Response.ok(JsonShapes.object().put("interactionId", interaction.id));
    }

    private Response autocomplete(JsonNode body) {
        if (!gateway.connected()) {
            return new Response(503, JsonShapes.error("the bot is not connected to the gateway"));
        }
        String option = text(body, "option");
        if (option == null) {
            throw new Http.BadRequest("option is required");
        }
        String value = body.path("value").isMissingNode() || body.path("value").isNull() ? "" : body.path("value").asText();
        Invocation inv = new Invocation(text(body, "userId"), text(body, "channel"), text(body, "command"), body.get("options"), option, value);
        Interaction interaction = dispatch(inv);
        try {
            JsonNode data = interaction.autocompleteResult.get(AUTOCOMPLETE_WAIT_MS, TimeUnit.MILLISECONDS);
            ArrayNode choices = JsonShapes.array();
            for (JsonNode c : data.path("choices")) {
                choices.addObject().put("name", c.path("name").asText()).set("value", c.path("value"));
            }
            ObjectNode out = JsonShapes.object();
            out.put("interactionId", interaction.id);
            out.set("choices", choices);
            return Response.ok(out);
        } catch (TimeoutException e) {
            return new Response(504, JsonShapes.error("the bot sent no autocomplete result within 3 s"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(503, JsonShapes.error("interrupted"));
        } catch (ExecutionException e) {
            return new Response(500, JsonShapes.error(e.getCause().toString()));
        }
    }

    /** Validates, registers (before sending, so a fast callback finds it) and dispatches. */
    private Interaction dispatch(Invocation inv) {
        String id = Snowflakes.next();
        String token = "sim-" + UUID.randomUUID().toString().replace("-", "");
        InteractionFactory.Built built = factory.build(inv, id, token);
        Interaction interaction = new Interaction(id, token, built.userId(), built.channelId(), built.commandPath(), inv.autocomplete());
        interactions.register(interaction);
        gateway.dispatch("INTERACTION_CREATE", built.payload());
        events.publish("interaction");
        return interaction;
    }

    private Response interactionState(String id) {
        Optional<Interaction> found = interactions.byId(id);
        if (found.isEmpty()) {
            return notFound("unknown interaction " + id);
        }
        Interaction i = found.get();
        ObjectNode o = JsonShapes.object();
        o.put("id", i.id);
        o.put("command", i.command);
        o.put("userId", i.userId);
        o.put("channelId", i.channelId);
        o.put("acknowledged", i.acknowledged());
        o.put("deferred", i.deferred());
        o.put("ephemeral", i.ephemeral());
        if (i.ackMillis() >= 0) {
            o.put("ackMillis", i.ackMillis());
        } else {
            o.putNull("ackMillis");
        }
        o.put("callbackType", i.callbackType());
        String responseId = i.responseMessageId();
        Optional<StoredMessage> response = responseId == null ? Optional.empty() : messages.get(responseId);
        o.set("response", response.<JsonNode>map(JsonShapes::controlMessage).orElse(null));
        ArrayNode followups = o.putArray("followups");
        for (String fid : i.followupIds()) {
            messages.get(fid).ifPresent(m -> followups.add(JsonShapes.controlMessage(m)));
        }
        return Response.ok(o);
    }

    // ---------------------------------------------------------------- channels, DMs, voice

    private Optional<Channel> channel(String ref) {
        return guild.findChannel(ref);
    }

    private Response dms(String userRef) {
        Optional<Member> m = guild.findMember(userRef);
        if (m.isEmpty()) {
            return notFound("unknown user '" + userRef + "'");
        }
        List<StoredMessage> list = guild.dmChannelOf(m.get().userId()).map(messages::visible).orElse(List.of());
        return Response.ok(JsonShapes.controlMessages(list));
    }

    private Response dmsClosed(String userRef, JsonNode body) {
        Optional<Member> m = guild.findMember(userRef);
        if (m.isEmpty()) {
            return notFound("unknown user '" + userRef + "'");
        }
        boolean closedDms = body.path("closed").asBoolean(true);
        guild.setDmsClosed(m.get().userId(), closedDms);
        events.publish("member");
        return Response.ok(JsonShapes.object().put("userId", m.get().userId()).put("closed", closedDms));
    }

    private Response voice(String ref) {
        Optional<Channel> c = channel(ref).filter(ch -> ch.type() == GuildState.VOICE);
        return c.map(ch -> Response.ok(voiceShape(ch))).orElseGet(() -> notFound("unknown voice channel '" + ref + "'"));
    }

    private Response voiceMove(String ref, JsonNode body, boolean join) {
        Optional<Channel> c = channel(ref).filter(ch -> ch.type() == GuildState.VOICE);
        if (c.isEmpty()) {
            return notFound("unknown voice channel '" + ref + "'");
        }
        Member m = guild.findMember(text(body, "userId"))
                .orElseThrow(() -> new Http.BadRequest("unknown user '" + text(body, "userId") + "'"));
        String now;
        if (join) {
            guild.joinVoice(m.userId(), c.get().id());
            now = c.get().id();
        } else {
            String current = guild.voiceStates().get(m.userId());
            if (!c.get().id().equals(current)) {
                return Response.ok(voiceShape(c.get())); // not there: nothing changes, nothing dispatched
            }
            guild.leaveVoice(m.userId());
            now = null;
        }
        gateway.dispatch("VOICE_STATE_UPDATE", JsonShapes.voiceState(guild, m.userId(), now));
        events.publish("voice");
        return Response.ok(voiceShape(c.get()));
    }

    private ObjectNode voiceShape(Channel c) {
        ObjectNode o = JsonShapes.object();
        o.put("channelId", c.id());
        o.put("name", c.name());
        ArrayNode members = o.putArray("members");
        for (Member m : guild.voiceMembers(c.id())) {
            members.addObject().put("userId", m.userId()).put("name", m.name());
        }
        return o;
    }

    // ---------------------------------------------------------------- gateway

    private ObjectNode gatewayState() {
        ObjectNode o = JsonShapes.object();
        o.put("connected", gateway.connected());
        o.put("identifies", gateway.identifies());
        o.put("resumes", gateway.resumes());
        return o;
    }

    private Response disconnect() {
        boolean dropped = gateway.dropBot();
        ObjectNode o = gatewayState();
        o.put("dropped", dropped);
        return dropped ? Response.ok(o) : new Response(409, o.put("error", "the bot is not connected"));
    }

    /** Server-sent events: one {@code data: <kind>} line per change, plus a keep-alive comment. */
    private void streamEvents(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<String> queue = events.subscribe();
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("retry: 1000\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (!closed) {
                String kind = queue.poll(15, TimeUnit.SECONDS);
                out.write((kind == null ? ": keep-alive\n\n" : "data: " + kind + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            LOG.debug("Event stream closed: {}", e.toString()); // the page went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the simulator is closing
        } finally {
            events.unsubscribe(queue);
        }
    }

    private static Response notFound(String reason) {
        return new Response(404, JsonShapes.error(reason));
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.path(field);
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }
}
