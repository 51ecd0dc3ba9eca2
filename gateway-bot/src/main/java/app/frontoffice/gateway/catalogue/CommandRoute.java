package app.frontoffice.gateway.catalogue;

/** Where a command path goes and how it is acknowledged. */
public record CommandRoute(String path, String topic, boolean ephemeral) {
}
