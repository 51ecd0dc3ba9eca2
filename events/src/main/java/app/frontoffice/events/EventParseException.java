package app.frontoffice.events;

/** A record could not be read as the type it claims to be. The message names that type. */
public class EventParseException extends RuntimeException {

    private final String typeName;

    public EventParseException(String typeName, String message, Throwable cause) {
        super("Cannot parse " + typeName + ": " + message, cause);
        this.typeName = typeName;
    }

    public String typeName() {
        return typeName;
    }
}
