package app.frontoffice.events.discord;

import java.util.List;

/**
 * A Discord-agnostic message: text, up to ten embeds, and who it may ping. Mentions are limited to
 * the users and roles named in {@code allowedMentions}; @everyone and @here are never pinged.
 */
public record Message(String content, List<Embed> embeds, AllowedMentions allowedMentions) {

    public Message {
        embeds = embeds == null ? List.of() : List.copyOf(embeds);
        allowedMentions = allowedMentions == null ? AllowedMentions.NONE : allowedMentions;
    }

    public static Message text(String content) {
        return new Message(content, List.of(), AllowedMentions.NONE);
    }

    public static Message of(Embed embed) {
        return new Message(null, List.of(embed), AllowedMentions.NONE);
    }
}
