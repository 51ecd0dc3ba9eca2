package app.frontoffice.events.discord;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Something a service wants done in Discord. The gateway executes it; the service never talks to
 * Discord itself. The {@code action} property names the kind.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "action")
@JsonSubTypes({
        @JsonSubTypes.Type(value = DiscordAction.ReplyToInteraction.class, name = "reply"),
        @JsonSubTypes.Type(value = DiscordAction.PostToChannel.class, name = "post"),
        @JsonSubTypes.Type(value = DiscordAction.PurgeChannel.class, name = "purge"),
        @JsonSubTypes.Type(value = DiscordAction.SetChannelVisibility.class, name = "set-visibility"),
        @JsonSubTypes.Type(value = DiscordAction.SendDirectMessage.class, name = "dm"),
        @JsonSubTypes.Type(value = DiscordAction.SetVoiceStatus.class, name = "set-voice-status"),
        @JsonSubTypes.Type(value = DiscordAction.DeleteChannel.class, name = "delete-channel"),
})
public sealed interface DiscordAction {

    /**
     * Answer a deferred interaction: edit its original response, or (with {@code followup}) add a
     * follow-up message.
     */
    record ReplyToInteraction(InteractionRef interaction, Message message, boolean followup) implements DiscordAction {
    }

    /** Post a message in a guild channel. */
    record PostToChannel(ChannelRef channel, Message message) implements DiscordAction {
    }

    /** Delete the channel's last {@code count} messages. */
    record PurgeChannel(ChannelRef channel, int count) implements DiscordAction {
    }

    /** Show or hide a channel for @everyone. */
    record SetChannelVisibility(ChannelRef channel, boolean visibleToEveryone) implements DiscordAction {
    }

    /** Send a direct message; a member with closed DMs is reported back, not retried forever. */
    record SendDirectMessage(String userId, Message message) implements DiscordAction {
    }

    /** Set a voice channel's status line (e.g. {@code AWY 4 @ 3 HOM}); null clears it. */
    record SetVoiceStatus(ChannelRef channel, String status) implements DiscordAction {
    }

    /** Delete a channel, with the reason recorded in the audit log. */
    record DeleteChannel(ChannelRef channel, String reason) implements DiscordAction {
    }
}
