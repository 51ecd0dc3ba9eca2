package app.frontoffice.draft.commands;

import app.frontoffice.events.discord.Message;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.support.discord.DiscordActionOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Sends each draft command to the code that answers it. */
@ApplicationScoped
public class DraftCommandRouter {

    @Inject
    DraftStatusCommand status;

    @Inject
    DiscordActionOutbox discord;

    public void handle(SlashCommand command) {
        switch (command.commandPath()) {
            case "draft-status" -> status.handle(command);
            default -> discord.reply(command, Message.text(
                    "Sorry, `/" + command.commandPath() + "` is not available yet."));
        }
    }
}
