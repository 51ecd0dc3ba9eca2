package app.frontoffice.sim.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The Discord gateway (v10, JSON, uncompressed) for one bot session.
 *
 * <p>Handles HELLO/IDENTIFY/READY/GUILD_CREATE, heartbeats, RESUME (replaying what the bot missed)
 * and member requests, and lets the rest of the simulator push dispatch events. All session state
 * is guarded by {@code lock} because sends come from HTTP threads while frames arrive on socket
 * threads; sequence numbers must leave in order.
 */
final class GatewayServer extends WebSocketServer {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayServer.class);

    /** Close code for a simulated drop: 4000 "unknown error" is one JDA resumes from. */
    static final int SIMULATED_DROP = 4000;
    private static final int AUTHENTICATION_FAILED = 4004;
    private static final int HEARTBEAT_INTERVAL_MS = 41_250;
    private static final int REPLAY_BUFFER = 1_000;

    private final GuildState guild;
    private final Supplier<String> ownUrl;
    private final SimEvents events;
    private final CountDownLatch started = new CountDownLatch(1);
    private final Object lock = new Object();
    private final Deque<ObjectNode> recentDispatches = new ArrayDeque<>();
    private WebSocket bot;
    private String sessionId;
    private int sequence;
    private int identifies;
    private int resumes;

    GatewayServer(InetSocketAddress address, GuildState guild, Supplier<String> ownUrl, SimEvents events) {
        super(address);
        this.guild = guild;
        this.ownUrl = ownUrl;
        this.events = events;
        setReuseAddr(true);
        setTcpNoDelay(true);
        // JDA runs its own heartbeat; the library's extra ping-based liveness check adds nothing.
        setConnectionLostTimeout(0);
    }

    /** Starts the server and waits until it is bound, so {@link #getPort()} is the real port. */
    void startAndWait() {
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Gateway did not start within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        LOG.info("Gateway connection opened: {}", handshake.getResourceDescriptor());
        // JDA identifies without waiting for HELLO, so HELLO and IDENTIFY may cross on the wire; fine.
        ObjectNode hello = JsonShapes.object();
        hello.put("op", 10);
        hello.putObject("d").put("heartbeat_interval", HEARTBEAT_INTERVAL_MS);
        conn.send(hello.toString());
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        JsonNode frame;
        try {
            frame = JsonShapes.MAPPER.readTree(message);
        } catch (Exception e) {
            LOG.warn("Unparseable gateway frame: {}", message);
            return;
        }
        int op = frame.path("op").asInt(-1);
        JsonNode d = frame.path("d");
        switch (op) {
            case 1 -> conn.send("{\"op\":11}");
            case 2 -> identify(conn, d);
            case 6 -> resume(conn, d);
            case 8 -> requestMembers(d);
            case 3, 4 -> LOG.debug("Ignoring gateway op {} (presence/voice): {}", op, d);
            default -> LOG.warn("Unhandled gateway op {}: {}", op, message);
        }
    }

    private void identify(WebSocket conn, JsonNode d) {
        if (!guild.bot().token().equals(d.path("token").asText())) {
            LOG.warn("IDENTIFY with wrong token; closing with 4004");
            conn.close(AUTHENTICATION_FAILED, "Authentication failed.");
            return;
        }
        synchronized (lock) {
            replaceConnection(conn);
            sessionId = UUID.randomUUID().toString().replace("-", "");
            sequence = 0;
            recentDispatches.clear();
            identifies++;
            dispatchLocked("READY", ready());
            dispatchLocked("GUILD_CREATE", JsonShapes.guildCreate(guild));
        }
        LOG.info("Bot identified (intents {}), session {}", d.path("intents").asText(), sessionId);
        events.publish("gateway");
    }

    private void resume(WebSocket conn, JsonNode d) {
        synchronized (lock) {
            boolean valid = sessionId != null && sessionId.equals(d.path("session_id").asText())
                    && guild.bot().token().equals(d.path("token").asText());
            if (!valid) {
                // op 9 with d:false tells JDA to start over with a fresh IDENTIFY.
                conn.send("{\"op\":9,\"d\":false}");
                return;
            }
            replaceConnection(conn);
            resumes++;
            long seen = d.path("seq").asLong();
            for (ObjectNode missed : recentDispatches) {
                if (missed.path("s").asLong() > seen) {
                    conn.send(missed.toString());
                }
            }
            dispatchLocked("RESUMED", JsonShapes.object());
        }
        LOG.info("Bot resumed session {}", sessionId);
        events.publish("gateway");
    }

    /** Op 8: answer with one chunk of every member (matching the query prefix or ids, if given). */
    private void requestMembers(JsonNode d) {
        String query = d.path("query").asText("").toLowerCase(Locale.ROOT);
        Set<String> ids = new HashSet<>();
        JsonNode userIds = d.path("user_ids");
        if (userIds.isArray()) {
            userIds.forEach(id -> ids.add(id.asText()));
        } else if (!userIds.isMissingNode() && !userIds.isNull()) {
            ids.add(userIds.asText());
        }
        ArrayNode members = JsonShapes.array();
        for (GuildState.Member m : guild.members()) {
            boolean wanted = ids.isEmpty() ? m.name().toLowerCase(Locale.ROOT).startsWith(query) : ids.contains(m.userId());
            if (wanted) {
                members.add(JsonShapes.member(m, true, null));
            }
        }
        ObjectNode chunk = JsonShapes.object();
        chunk.put("guild_id", guild.guildId());
        chunk.set("members", members);
        chunk.put("chunk_index", 0);
        chunk.put("chunk_count", 1);
        chunk.set("nonce", d.path("nonce").isMissingNode() ? null : d.path("nonce"));
        chunk.putArray("not_found");
        dispatch("GUILD_MEMBERS_CHUNK", chunk);
    }

    private ObjectNode ready() {
        ObjectNode r = JsonShapes.object();
        r.put("v", 10);
        GuildState.Member self = guild.member(guild.bot().userId()).orElseThrow();
        ObjectNode user = JsonShapes.user(self);
        user.put("verified", true);
        user.put("mfa_enabled", false);
        r.set("user", user);
        ObjectNode stub = r.putArray("guilds").addObject();
        stub.put("id", guild.guildId());
        stub.put("unavailable", true);
        r.putArray("private_channels");
        r.put("session_id", sessionId);
        // JDA reconnects to this URL; it must be ours, or a resume would go to a made-up host.
        r.put("resume_gateway_url", ownUrl.get());
        ObjectNode app = r.putObject("application");
        app.put("id", guild.bot().applicationId());
        app.put("flags", 0);
        r.putArray("shard").add(0).add(1);
        r.putArray("_trace").add("discord-simulator");
        return r;
    }

    /** Sends one dispatch (op 0) to the bot; kept for replay if the bot is away and resumes later. */
    void dispatch(String type, JsonNode data) {
        synchronized (lock) {
            if (sessionId == null) {
                return; // no session yet: the bot will get the current state in GUILD_CREATE
            }
            dispatchLocked(type, data);
        }
    }

    private void dispatchLocked(String type, JsonNode data) {
        ObjectNode frame = JsonShapes.object();
        frame.put("op", 0);
        frame.put("s", ++sequence);
        frame.put("t", type);
        frame.set("d", data);
        recentDispatches.addLast(frame);
        while (recentDispatches.size() > REPLAY_BUFFER) {
            recentDispatches.removeFirst();
        }
        if (bot != null && bot.isOpen()) {
            bot.send(frame.toString());
        }
    }

    private void replaceConnection(WebSocket conn) {
        if (bot != null && bot != conn && bot.isOpen()) {
            bot.close(1000, "Replaced by a new session");
        }
        bot = conn;
    }

    boolean connected() {
        synchronized (lock) {
            return bot != null && bot.isOpen();
        }
    }

    int identifies() {
        synchronized (lock) {
            return identifies;
        }
    }

    int resumes() {
        synchronized (lock) {
            return resumes;
        }
    }

    /** Drops the bot's socket with a resumable close code; returns false if it was not connected. */
    boolean dropBot() {
        WebSocket current;
        synchronized (lock) {
            current = bot;
        }
        if (current == null || !current.isOpen()) {
            return false;
        }
        current.close(SIMULATED_DROP, "Simulated disconnect");
        return true;
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        boolean wasBot;
        synchronized (lock) {
            wasBot = conn == bot;
            if (wasBot) {
                bot = null; // the session survives so the bot can RESUME
            }
        }
        LOG.info("Gateway connection closed: {} {} (bot: {})", code, reason, wasBot);
        if (wasBot) {
            events.publish("gateway");
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        LOG.warn("Gateway error: {}", ex.toString());
    }
}
