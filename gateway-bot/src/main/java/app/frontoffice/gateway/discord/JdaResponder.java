package app.frontoffice.gateway.discord;

import app.frontoffice.gateway.intake.CommandResponder;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletionStage;

/** The intake's view of one JDA slash-command event. */
final class JdaResponder implements CommandResponder {

    private static final Logger LOG = Logger.getLogger(JdaResponder.class);

    private final SlashCommandInteractionEvent event;

    JdaResponder(SlashCommandInteractionEvent event) {
        this.event = event;
    }

    @Override
    public CompletionStage<Void> defer(boolean ephemeral) {
        return event.deferReply(ephemeral).submit().thenApply(hook -> null);
    }

    @Override
    public void editOriginal(String text) {
        event.getHook().editOriginal(text).queue(null,
                e -> LOG.warnf("Could not tell the member about interaction %s: %s", event.getId(), e.getMessage()));
    }
}
