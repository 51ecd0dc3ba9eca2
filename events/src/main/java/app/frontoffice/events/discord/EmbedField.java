package app.frontoffice.events.discord;

public record EmbedField(String name, String value, boolean inline) {
}
