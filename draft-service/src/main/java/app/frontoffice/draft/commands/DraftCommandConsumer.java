package app.frontoffice.draft.commands;

import app.frontoffice.support.commands.SlashCommandInbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code draft.commands}. Each record is handled in one transaction: the draft's state
 * change, the answers in the outbox and the "already handled" mark commit together.
 */
@ApplicationScoped
public class DraftCommandConsumer {

    static final String CONSUMER = "draft-service";

    @Inject
    SlashCommandInbox inbox;

    @Inject
    DraftCommandRouter router;

    @Incoming("draft-commands")
    @Blocking(ordered = true)
    @Transactional
    public void consume(String record) {
        inbox.accept(CONSUMER, record, router::handle);
    }
}
