package app.frontoffice.draft.commands;

import app.frontoffice.draft.domain.DraftMessages;
import app.frontoffice.events.EventCodec;
import app.frontoffice.events.EventParseException;
import app.frontoffice.events.EventTypes;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.support.commands.SlashCommandInbox;
import app.frontoffice.support.discord.DiscordActionOutbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code draft.commands}. Each record is handled in one transaction: the draft's state
 * change, the answers in the outbox and the "already handled" mark commit together. A record that
 * cannot be read goes to the dead-letter topic; a command that fails unexpectedly changes nothing
 * and its member is told so, instead of waiting for an answer that never comes.
 */
@ApplicationScoped
public class DraftCommandConsumer {

    private static final Logger LOG = Logger.getLogger(DraftCommandConsumer.class);
    static final String CONSUMER = "draft-service";

    @Inject
    SlashCommandInbox inbox;

    @Inject
    DraftCommandRouter router;

    @Inject
    DiscordActionOutbox discord;

    @Incoming("draft-commands")
    @Blocking(ordered = true)
    public void consume(String record) {
        try {
            QuarkusTransaction.requiringNew().run(() -> inbox.accept(CONSUMER, record, router::handle));
        } catch (EventParseException e) {
            throw e; // to the dead-letter topic
        } catch (RuntimeException e) {
            SlashCommand command = EventCodec.payload(EventCodec.decode(record), EventTypes.SLASH_COMMAND);
            LOG.errorf(e, "/%s from %s in league %s failed", command.commandPath(), command.userId(), command.guildId());
            QuarkusTransaction.requiringNew().run(() -> discord.reply(command, DraftMessages.error("Something Went Wrong",
                    "The draft office could not complete `/" + command.commandPath() + "`. Nothing was changed; please try again.")));
        }
    }
}
