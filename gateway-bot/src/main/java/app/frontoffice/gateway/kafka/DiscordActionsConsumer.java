package app.frontoffice.gateway.kafka;

import app.frontoffice.events.Envelope;
import app.frontoffice.events.EventCodec;
import app.frontoffice.events.EventParseException;
import app.frontoffice.events.EventTypes;
import app.frontoffice.events.discord.DiscordAction;
import app.frontoffice.gateway.actions.ActionExecutor;
import app.frontoffice.gateway.actions.RecentEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletionStage;

/**
 * Reads {@code discord.actions}. A record that cannot be read is nacked, and the channel's
 * dead-letter strategy moves it to {@code discord.actions.dlq} with the reason in the
 * {@code dead-letter-reason} header; the next record is processed as usual. A readable action is
 * acknowledged only after Discord answered, so none is lost if the gateway stops half-way.
 */
@ApplicationScoped
public class DiscordActionsConsumer {

    private static final Logger LOG = Logger.getLogger(DiscordActionsConsumer.class);

    @Inject
    ActionExecutor executor;

    private final RecentEvents recent = new RecentEvents(10_000);

    @Incoming("discord-actions")
    public CompletionStage<Void> onAction(Message<String> record) {
        Envelope envelope;
        DiscordAction action;
        try {
            envelope = EventCodec.decode(record.getPayload());
            action = EventCodec.payload(envelope, EventTypes.DISCORD_ACTION);
        } catch (EventParseException e) {
            LOG.errorf("Unreadable record on discord.actions, sending it to the dead-letter topic: %s", e.getMessage());
            return record.nack(e);
        }
        // A redelivery after a rebalance must not post twice.
        if (!recent.firstTime(envelope.eventId())) {
            LOG.debugf("Skipping action %s already executed", envelope.eventId());
            return record.ack();
        }
        return executor.execute(envelope, action).thenCompose(done -> record.ack());
    }
}
