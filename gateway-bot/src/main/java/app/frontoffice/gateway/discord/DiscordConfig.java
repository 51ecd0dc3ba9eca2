package app.frontoffice.gateway.discord;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * How the bot reaches Discord. The base URLs exist so tests and the local stack can point the real
 * JDA at the Discord simulator. The token comes from {@code DISCORD_TOKEN} and is never logged.
 */
@ConfigMapping(prefix = "discord")
public interface DiscordConfig {

    /** false: the bot does not connect (and does not consume discord.actions). */
    @WithDefault("true")
    boolean enabled();

    /** The bot token ({@code DISCORD_TOKEN}). */
    Optional<String> token();

    /** The league's guild; its id is the league id on every topic. */
    Optional<String> guildId();

    @WithDefault("https://discord.com/api/v10/")
    String restUrl();

    @WithDefault("wss://gateway.discord.gg/")
    String gatewayUrl();

    /**
     * none or zlib. none by default: it is the variant the tests run against the simulator (which
     * speaks uncompressed frames), and a one-guild bot's gateway traffic is too small to matter.
     */
    @WithDefault("none")
    String gatewayCompression();
}
