package app.frontoffice.gateway.discord;

import app.frontoffice.events.discord.InteractionRef;
import app.frontoffice.gateway.messages.RenderedMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Answers interactions by their token alone (the webhook routes), which is all a service hands
 * back: the original event object is long gone by then, possibly in another gateway replica.
 */
@ApplicationScoped
public class InteractionReplies {

    private static final Logger LOG = Logger.getLogger(InteractionReplies.class);

    @Inject
    DiscordConnection connection;

    /** Replaces the deferred response. */
    public CompletableFuture<Void> editOriginal(InteractionRef interaction, RenderedMessage message) {
        return hook(interaction).editOriginal(JdaMessages.edit(message)).submit().thenApply(m -> null);
    }

    /** Adds a follow-up message. */
    public CompletableFuture<Void> followUp(InteractionRef interaction, RenderedMessage message, boolean ephemeral) {
        return hook(interaction).setEphemeral(ephemeral).sendMessage(JdaMessages.create(message)).submit().thenApply(m -> null);
    }

    /** A short note that only the member sees; failures are only logged (the token may have expired). */
    public void tellMember(InteractionRef interaction, String text) {
        try {
            followUp(interaction, plain(text), true).whenComplete((ok, e) -> {
                if (e != null) {
                    LOG.warnf("Could not tell the member of interaction %s: %s", interaction.interactionId(), e.getMessage());
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("Could not tell the member of interaction %s: %s", interaction.interactionId(), e.getMessage());
        }
    }

    /** Replaces the deferred response with a short text; failures are only logged. */
    public void editOriginalText(InteractionRef interaction, String text) {
        try {
            editOriginal(interaction, plain(text)).whenComplete((ok, e) -> {
                if (e != null) {
                    LOG.warnf("Could not edit the response of interaction %s: %s", interaction.interactionId(), e.getMessage());
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("Could not edit the response of interaction %s: %s", interaction.interactionId(), e.getMessage());
        }
    }

    private InteractionHook hook(InteractionRef interaction) {
        JDA jda = connection.jda().orElseThrow(() -> new IllegalStateException("not connected to Discord"));
        return InteractionHook.from(jda, interaction.token());
    }

    private static RenderedMessage plain(String text) {
        return new RenderedMessage(text, List.of(), List.of(), List.of());
    }
}
