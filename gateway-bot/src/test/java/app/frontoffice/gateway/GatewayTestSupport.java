package app.frontoffice.gateway;

import app.frontoffice.events.Envelope;
import app.frontoffice.events.EventCodec;
import app.frontoffice.events.EventTypes;
import app.frontoffice.events.Topics;
import app.frontoffice.events.discord.DiscordAction;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.sim.discord.DiscordSimulatorClient;
import app.frontoffice.testkit.TestKafka;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.awaitility.Awaitility.await;

/** What the gateway's integration tests share: the simulator's client and the topics' two ends. */
final class GatewayTestSupport {

    static final Duration WAIT = Duration.ofSeconds(20);

    private GatewayTestSupport() {
    }

    static DiscordSimulatorClient sim() {
        return DiscordSimulatorResource.client();
    }

    static String guildId() {
        return DiscordSimulatorResource.simulator().guildId();
    }

    /** The bot is connected and its commands are registered, so members can use them. */
    static void awaitBotReady() {
        await().atMost(Duration.ofSeconds(60)).until(() -> sim().gateway().connected() && hasCommand(sim().commands(), "draft-admin"));
    }

    private static boolean hasCommand(JsonNode commands, String name) {
        for (JsonNode c : commands) {
            if (name.equals(c.path("name").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The command the gateway published for this interaction, once it is on the topic. */
    static Optional<Envelope> publishedEnvelope(String topic, String interactionId) {
        return TestKafka.read(topic, r -> r.value() != null && r.value().contains(interactionId)).stream()
                .map(r -> EventCodec.decode(r.value()))
                .filter(e -> interactionId.equals(e.correlationId()))
                .findFirst();
    }

    static SlashCommand awaitPublished(String interactionId) {
        Envelope envelope = await().atMost(WAIT)
                .until(() -> publishedEnvelope(Topics.DRAFT_COMMANDS, interactionId), Optional::isPresent).orElseThrow();
        return EventCodec.payload(envelope, EventTypes.SLASH_COMMAND);
    }

    /** Publishes an action as a service would (key and league id = the guild). */
    static void sendAction(DiscordAction action, String correlationId) {
        Envelope envelope = EventCodec.envelope(EventTypes.DISCORD_ACTION, guildId(), correlationId, action, Clock.systemUTC());
        TestKafka.send(Topics.DISCORD_ACTIONS, guildId(), EventCodec.encode(envelope));
    }

    static List<String> contents(List<DiscordSimulatorClient.Message> messages) {
        return messages.stream().map(DiscordSimulatorClient.Message::content).toList();
    }
}
