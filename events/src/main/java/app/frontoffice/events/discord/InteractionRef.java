package app.frontoffice.events.discord;

/** What is needed to answer an interaction after it was deferred: the application and the token. */
public record InteractionRef(String applicationId, String interactionId, String token) {
}
