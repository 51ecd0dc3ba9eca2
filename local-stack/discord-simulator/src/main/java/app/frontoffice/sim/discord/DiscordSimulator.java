package app.frontoffice.sim.discord;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stateful Discord server for one guild and one bot: REST v10 and the control API and web page
 * on one HTTP port, the gateway on a second (WebSocket) port. The real JDA connects to it.
 *
 * <pre>{@code
 * DiscordSimulator sim = DiscordSimulator.builder().guild(GuildSeed.defaultSeed()).build().start();
 * JDABuilder.createDefault(sim.botToken())
 *     .setRestConfig(new RestConfig().setBaseUrl(sim.restBaseUrl()))
 *     .setSessionController(new ConcurrentSessionController() {
 *         @Override public String getGateway() { return sim.gatewayUrl(); } })
 *     .setCompression(Compression.NONE) ...
 * }</pre>
 */
public final class DiscordSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordSimulator.class);
    private static final String HOST = "127.0.0.1";

    private final int requestedHttpPort;
    private final int requestedGatewayPort;
    private final GuildState guild;
    private final SimEvents events = new SimEvents();
    private final MessageStore messages = new MessageStore();
    private final CommandRegistry commands;
    private final InteractionRegistry interactions = new InteractionRegistry();
    private HttpServer http;
    private ExecutorService httpThreads;
    private GatewayServer gateway;
    private ControlApi control;

    private DiscordSimulator(Builder b) {
        this.requestedHttpPort = b.httpPort;
        this.requestedGatewayPort = b.gatewayPort;
        this.guild = new GuildState(b.seed);
        this.commands = new CommandRegistry(b.seed.bot().applicationId());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds both ports and starts serving; returns {@code this} for chaining. */
    public synchronized DiscordSimulator start() {
        if (http != null) {
            throw new IllegalStateException("Already started");
        }
        gateway = new GatewayServer(new InetSocketAddress(HOST, requestedGatewayPort), guild, this::gatewayUrl, events);
        gateway.startAndWait();
        try {
            http = HttpServer.create(new InetSocketAddress(HOST, requestedHttpPort), 64);
        } catch (IOException e) {
            stopGateway();
            throw new UncheckedIOException("Cannot bind HTTP port " + requestedHttpPort, e);
        }
        // A cached pool: autocomplete waits up to 3 s and the event stream holds its thread open.
        httpThreads = Executors.newCachedThreadPool(daemonThreads("discord-sim-http-"));
        http.setExecutor(httpThreads);
        RestRouter rest = new RestRouter(guild, messages, commands, interactions, gateway::dispatch, this::gatewayUrl, events);
        control = new ControlApi(guild, messages, commands, interactions, gateway, events);
        http.createContext("/api/", rest);
        http.createContext("/sim/", control);
        http.createContext("/", this::servePage);
        http.start();
        LOG.info("Discord simulator up: page {}  REST {}  gateway {}  guild '{}'", httpBaseUrl() + "/", restBaseUrl(), gatewayUrl(), guild.guildName());
        return this;
    }

    /** {@code http://127.0.0.1:P/api/v10/}, for {@code RestConfig.setBaseUrl}. */
    public String restBaseUrl() {
        return httpBaseUrl() + "/api/v10/";
    }

    /** {@code ws://127.0.0.1:G/}, for an overridden {@code SessionController.getGateway()}. */
    public String gatewayUrl() {
        return "ws://" + HOST + ":" + gatewayPort() + "/";
    }

    /** {@code http://127.0.0.1:P}: the control API lives under {@code /sim/}, the page at {@code /}. */
    public String httpBaseUrl() {
        return "http://" + HOST + ":" + httpPort();
    }

    public int httpPort() {
        return Objects.requireNonNull(http, "not started").getAddress().getPort();
    }

    public int gatewayPort() {
        return Objects.requireNonNull(gateway, "not started").getPort();
    }

    public String botToken() {
        return guild.bot().token();
    }

    public String guildId() {
        return guild.guildId();
    }

    public String applicationId() {
        return guild.bot().applicationId();
    }

    public String botUserId() {
        return guild.bot().userId();
    }

    @Override
    public synchronized void close() {
        if (control != null) {
            control.close();
        }
        if (http != null) {
            http.stop(0);
            httpThreads.shutdownNow();
            http = null;
        }
        stopGateway();
    }

    private void stopGateway() {
        if (gateway != null) {
            try {
                gateway.stop(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void servePage(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!path.equals("/") && !path.equals("/index.html")) {
            Http.write(exchange, RestRouter.error(404, 0, "404: Not Found"));
            return;
        }
        try (InputStream in = DiscordSimulator.class.getResourceAsStream("index.html")) {
            byte[] page = in == null ? "index.html missing".getBytes() : in.readAllBytes();
            Http.writeBytes(exchange, 200, "text/html; charset=utf-8", page);
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    public static final class Builder {
        private int httpPort;
        private int gatewayPort;
        private GuildSeed seed;

        private Builder() {
        }

        /** 0 (the default) picks a free port; the local-stack launcher uses 8700. */
        public Builder httpPort(int port) {
            this.httpPort = port;
            return this;
        }

        /** 0 (the default) picks a free port. */
        public Builder gatewayPort(int port) {
            this.gatewayPort = port;
            return this;
        }

        public Builder guild(GuildSeed seed) {
            this.seed = seed;
            return this;
        }

        /** Builds an unstarted simulator; without a seed, the demo guild in the jar is used. */
        public DiscordSimulator build() {
            if (seed == null) {
                seed = GuildSeed.defaultSeed();
            }
            return new DiscordSimulator(this);
        }
    }
}
