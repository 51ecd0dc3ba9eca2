package app.frontoffice.gateway.messages;

import app.frontoffice.events.discord.Embed;

import java.util.List;

/**
 * A message ready for Discord: role mentions resolved and put in front of the content, every part
 * within Discord's limits, and the exact users and roles it may ping (never @everyone or @here).
 */
public record RenderedMessage(String content, List<Embed> embeds, List<String> pingUserIds, List<String> pingRoleIds) {

    public RenderedMessage {
        content = content == null ? "" : content;
        embeds = List.copyOf(embeds);
        pingUserIds = List.copyOf(pingUserIds);
        pingRoleIds = List.copyOf(pingRoleIds);
    }

    public boolean isEmpty() {
        return content.isBlank() && embeds.isEmpty();
    }
}
