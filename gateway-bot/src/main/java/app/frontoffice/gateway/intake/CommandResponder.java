package app.frontoffice.gateway.intake;

import java.util.concurrent.CompletionStage;

/** The Discord side of one interaction, as the intake needs it. */
public interface CommandResponder {

    /** Acknowledges the interaction ("thinking…"); completes once Discord has accepted it. */
    CompletionStage<Void> defer(boolean ephemeral);

    /** Replaces the deferred response with a short text. */
    void editOriginal(String text);
}
