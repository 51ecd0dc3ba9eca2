package app.frontoffice.draft.commands;

import app.frontoffice.draft.domain.DraftMessages;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.support.discord.DiscordActionOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Sends each draft command to the code that answers it. */
@ApplicationScoped
public class DraftCommandRouter {

    @Inject
    PickCommand pick;

    @Inject
    ReadOnlyDraftCommands readOnly;

    @Inject
    DraftListCommands lists;

    @Inject
    DraftAdminCommands admin;

    @Inject
    DiscordActionOutbox discord;

    public void handle(SlashCommand command) {
        String path = command.commandPath();
        switch (path) {
            case "draft" -> pick.handle(command);
            case "draft-status" -> readOnly.status(command);
            case "draft-on-clock" -> readOnly.onClock(command);
            case "draft-board" -> readOnly.board(command);
            case "draft-list", "draft-list-add", "draft-list-remove", "draft-list-clear" -> lists.handle(command);
            default -> {
                if (path.startsWith("draft-admin ")) {
                    admin.handle(command);
                } else {
                    discord.reply(command, DraftMessages.error("Unknown Command", "`/" + path + "` is not a draft command."));
                }
            }
        }
    }
}
