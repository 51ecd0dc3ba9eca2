package app.frontoffice.gateway;

import app.frontoffice.sim.discord.DiscordSimulator;
import app.frontoffice.sim.discord.DiscordSimulatorClient;
import app.frontoffice.sim.discord.GuildSeed;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Starts one Discord simulator for the test JVM and points the gateway's real JDA at it. Every
 * {@code @QuarkusTest} of this module uses the same resources, so one application (and one JDA
 * connection) serves all of them.
 */
public class DiscordSimulatorResource implements QuarkusTestResourceLifecycleManager {

    private static volatile DiscordSimulator simulator;

    public static DiscordSimulator simulator() {
        return simulator;
    }

    public static DiscordSimulatorClient client() {
        return new DiscordSimulatorClient(simulator);
    }

    @Override
    public Map<String, String> start() {
        simulator = DiscordSimulator.builder().httpPort(0).gatewayPort(0).guild(seed()).build().start();
        return Map.of(
                "discord.enabled", "true",
                "discord.token", simulator.botToken(),
                "discord.guild-id", simulator.guildId(),
                "discord.rest-url", simulator.restBaseUrl(),
                "discord.gateway-url", simulator.gatewayUrl(),
                "discord.gateway-compression", "none");
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private static GuildSeed seed() {
        try (InputStream in = DiscordSimulatorResource.class.getResourceAsStream("/gateway-test-guild.json")) {
            return GuildSeed.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
