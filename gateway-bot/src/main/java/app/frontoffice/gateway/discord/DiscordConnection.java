package app.frontoffice.gateway.discord;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;

/**
 * Owns the JDA instance: connects at start-up, shuts down cleanly with the application. JDA
 * reconnects and resumes by itself after a dropped gateway connection.
 */
@ApplicationScoped
public class DiscordConnection {

    private static final Logger LOG = Logger.getLogger(DiscordConnection.class);

    @Inject
    DiscordConfig config;

    @Inject
    DiscordListener listener;

    private volatile JDA jda;

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Discord is disabled (discord.enabled=false): the bot does not connect");
            return;
        }
        String token = config.token().filter(t -> !t.isBlank())
                .orElseThrow(() -> new IllegalStateException("No bot token: set DISCORD_TOKEN (discord.token)"));
        leagueGuildId();
        LOG.infof("Connecting to Discord (REST %s, gateway %s)", config.restUrl(), config.gatewayUrl());
        // No privileged intents: interactions arrive without any, and channels and roles are always cached.
        jda = JDABuilder.createLight(token, EnumSet.noneOf(GatewayIntent.class))
                .setRestConfig(new RestConfig().setBaseUrl(config.restUrl()))
                .setSessionController(new FixedGatewaySessionController(config.gatewayUrl()))
                .setCompression(compression())
                .setEnableShutdownHook(false) // Quarkus' shutdown closes it, in order
                .addEventListeners(listener)
                .build();
    }

    void onStop(@Observes ShutdownEvent event) {
        JDA current = jda;
        if (current == null) {
            return;
        }
        current.shutdown();
        try {
            if (!current.awaitShutdown(Duration.ofSeconds(5))) {
                current.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            current.shutdownNow();
        }
    }

    /** The connected JDA; empty while disabled. */
    public Optional<JDA> jda() {
        return Optional.ofNullable(jda);
    }

    public String leagueGuildId() {
        return config.guildId().filter(id -> !id.isBlank())
                .orElseThrow(() -> new IllegalStateException("discord.guild-id (the league's guild) is not set"));
    }

    /** The guild of a league: the one with that id if the bot is in it, else the configured league guild. */
    public Optional<Guild> guild(String leagueId) {
        return jda().flatMap(j -> Optional.ofNullable(leagueId == null ? null : j.getGuildById(leagueId))
                .or(() -> Optional.ofNullable(j.getGuildById(leagueGuildId()))));
    }

    private Compression compression() {
        return switch (config.gatewayCompression().toLowerCase(Locale.ROOT)) {
            case "none" -> Compression.NONE;
            case "zlib" -> Compression.ZLIB;
            default -> throw new IllegalStateException("discord.gateway-compression must be zlib or none");
        };
    }

    /** JDA takes the gateway URL from its session controller, not from its REST config. */
    private static final class FixedGatewaySessionController extends ConcurrentSessionController {
        private final String gatewayUrl;

        FixedGatewaySessionController(String gatewayUrl) {
            this.gatewayUrl = gatewayUrl;
        }

        @Override
        public String getGateway() {
            return gatewayUrl;
        }
    }
}
