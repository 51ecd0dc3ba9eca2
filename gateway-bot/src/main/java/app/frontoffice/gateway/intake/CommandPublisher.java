package app.frontoffice.gateway.intake;

import java.util.concurrent.CompletionStage;

/** Puts a record on a topic; the stage completes when the broker acknowledged it, or fails. */
public interface CommandPublisher {

    CompletionStage<Void> publish(String topic, String key, String value);
}
