package app.frontoffice.events;

import java.util.Objects;

/**
 * Binds an envelope {@code type} name and schema version to the record class of its payload.
 */
public record EventType<T>(String name, int version, Class<T> payloadClass) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(payloadClass, "payloadClass");
    }

    public boolean matches(Envelope envelope) {
        return name.equals(envelope.type());
    }
}
