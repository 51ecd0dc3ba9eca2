package app.frontoffice.events.discord;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A Discord-agnostic message: text, up to ten embeds, and who it may ping. Mentions are limited to
 * the users and roles named in {@code allowedMentions}; @everyone and @here are never pinged.
 *
 * @param mentionRoleNames roles to ping by name (a team's long name is its role name): services do
 *                         not know Discord's role ids, so the gateway resolves each name in the guild,
 *                         puts the mention in front of the content and allows exactly that ping
 */
public record Message(String content, List<Embed> embeds, AllowedMentions allowedMentions,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> mentionRoleNames) {

    public Message {
        embeds = embeds == null ? List.of() : List.copyOf(embeds);
        allowedMentions = allowedMentions == null ? AllowedMentions.NONE : allowedMentions;
        mentionRoleNames = mentionRoleNames == null ? List.of() : List.copyOf(mentionRoleNames);
    }

    public Message(String content, List<Embed> embeds, AllowedMentions allowedMentions) {
        this(content, embeds, allowedMentions, List.of());
    }

    public static Message text(String content) {
        return new Message(content, List.of(), AllowedMentions.NONE);
    }

    public static Message of(Embed embed) {
        return new Message(null, List.of(embed), AllowedMentions.NONE);
    }

    /** The same message, also pinging the roles with these names. */
    public Message mentioningRoles(String... roleNames) {
        return new Message(content, embeds, allowedMentions, List.of(roleNames));
    }
}
