package app.frontoffice.sheets.kafka;

import app.frontoffice.events.EventCodec;
import app.frontoffice.events.EventTypes;
import app.frontoffice.events.Keys;
import app.frontoffice.events.discord.ChannelRef;
import app.frontoffice.events.discord.DiscordAction;
import app.frontoffice.events.discord.InteractionRef;
import app.frontoffice.events.discord.Message;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;

/** Puts Discord actions on {@code discord.actions} (key = league) for the gateway to execute. */
@ApplicationScoped
public class DiscordNotifier {

    private static final Logger LOG = Logger.getLogger(DiscordNotifier.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final MutinyEmitter<String> actions;
    private final Clock clock;

    public DiscordNotifier(@Channel("discord-actions") MutinyEmitter<String> actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    public void postToChannel(String leagueId, ChannelRef channel, Message message) {
        send(leagueId, null, new DiscordAction.PostToChannel(channel, message));
    }

    public void reply(String leagueId, InteractionRef interaction, Message message) {
        send(leagueId, interaction.interactionId(), new DiscordAction.ReplyToInteraction(interaction, message, false));
    }

    private void send(String leagueId, String correlationId, DiscordAction action) {
        String json = EventCodec.encode(EventCodec.envelope(EventTypes.DISCORD_ACTION, leagueId, correlationId,
                action, clock));
        try {
            actions.sendMessage(org.eclipse.microprofile.reactive.messaging.Message.of(json)
                            .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                                    .withKey(Keys.league(leagueId)).build()))
                    .await().atMost(SEND_TIMEOUT);
        } catch (RuntimeException e) {
            // A lost notice must not stop the writer; the failure is visible in the log and the metrics.
            LOG.errorf(e, "Could not publish a %s Discord action for league %s", action.getClass().getSimpleName(),
                    leagueId);
        }
    }
}
