package app.frontoffice.gateway.intake;

import app.frontoffice.events.EventCodec;
import app.frontoffice.events.EventTypes;
import app.frontoffice.events.Keys;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.gateway.answers.AnswerDeadlines;
import app.frontoffice.gateway.messages.Texts;
import org.jboss.logging.Logger;

import java.time.Clock;

/**
 * What happens to every slash command: defer at once, then publish it to the owning service and
 * start waiting for the answer.
 *
 * <p>The command is published only after Discord accepted the defer. Otherwise a fast service could
 * answer an interaction Discord does not know as acknowledged yet (the answer would be refused), and
 * a command whose defer failed (Discord already gave up on it) would change state nobody sees.
 */
public final class CommandIntake {

    private static final Logger LOG = Logger.getLogger(CommandIntake.class);

    private final CommandPublisher publisher;
    private final AnswerDeadlines deadlines;
    private final Clock clock;

    public CommandIntake(CommandPublisher publisher, AnswerDeadlines deadlines, Clock clock) {
        this.publisher = publisher;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public void accept(SlashCommand command, String topic, CommandResponder responder) {
        responder.defer(command.ephemeral()).whenComplete((ok, deferFailure) -> {
            if (deferFailure != null) {
                LOG.warnf("Could not defer /%s (interaction %s): %s; not publishing it",
                        command.commandPath(), command.interactionId(), deferFailure.getMessage());
                return;
            }
            publish(command, topic, responder);
        });
    }

    private void publish(SlashCommand command, String topic, CommandResponder responder) {
        String value = EventCodec.encode(EventCodec.envelope(EventTypes.SLASH_COMMAND, command.guildId(),
                command.interactionId(), command, clock));
        deadlines.expect(command.interaction(), command.ephemeral());
        publisher.publish(topic, Keys.league(command.guildId()), value).whenComplete((ok, failure) -> {
            if (failure == null) {
                return;
            }
            LOG.errorf("Could not publish /%s (interaction %s) to %s: %s", command.commandPath(),
                    command.interactionId(), topic, failure.getMessage());
            // Tell the member now rather than after the answer timeout: nobody will ever answer this one.
            if (deadlines.giveUp(command.interactionId())) {
                responder.editOriginal(Texts.OFFICE_UNREACHABLE);
            }
        });
    }
}
