package app.frontoffice.support.commands;

import app.frontoffice.events.Envelope;
import app.frontoffice.events.EventCodec;
import app.frontoffice.events.EventTypes;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.support.inbox.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.function.Consumer;

/**
 * The common front half of every service's command consumer: read the envelope, skip what was
 * already handled, and hand the typed command to the service, all in one transaction with the
 * service's state change and its outbox rows. A record that cannot be read throws
 * {@link app.frontoffice.events.EventParseException}, which the channel's dead-letter strategy
 * sends to {@code <topic>.dlq}.
 */
@ApplicationScoped
public class SlashCommandInbox {

    private static final Logger LOG = Logger.getLogger(SlashCommandInbox.class);

    @Inject
    ProcessedEvents processed;

    @Transactional(Transactional.TxType.MANDATORY)
    public void accept(String consumerName, String recordValue, Consumer<SlashCommand> handler) {
        Envelope envelope = EventCodec.decode(recordValue);
        SlashCommand command = EventCodec.payload(envelope, EventTypes.SLASH_COMMAND);
        // One interaction is one command, however many times it reached the topic.
        String identity = command.interactionId() != null ? "interaction:" + command.interactionId() : envelope.eventId().toString();
        if (!processed.firstTime(consumerName, identity)) {
            LOG.debugf("Skipping command %s already handled", identity);
            return;
        }
        handler.accept(command);
    }
}
