package app.frontoffice.events;

import app.frontoffice.events.discord.DiscordAction;
import app.frontoffice.events.discord.SlashCommand;

/** Every event type that crosses Kafka, in one place so a contract change is easy to find. */
public final class EventTypes {

    /** A member ran a slash command; the gateway publishes it to the owning service's commands topic. */
    public static final EventType<SlashCommand> SLASH_COMMAND =
            new EventType<>("discord.slash-command", 1, SlashCommand.class);

    /** Something a service wants done in Discord; executed by the gateway. */
    public static final EventType<DiscordAction> DISCORD_ACTION =
            new EventType<>("discord.action", 1, DiscordAction.class);

    private EventTypes() {
    }
}
