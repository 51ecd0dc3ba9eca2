package app.frontoffice.draft.commands;

import app.frontoffice.draft.board.DraftBoard;
import app.frontoffice.draft.domain.DraftMessages;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.support.discord.DiscordActionOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code /draft-admin resync-sheet}: hands the rebuild to sheets-writer, which answers the admin itself. */
@ApplicationScoped
public class SheetResync {

    @Inject
    DiscordActionOutbox discord;

    public void request(SlashCommand command, DraftBoard board) {
        discord.reply(command, DraftMessages.warning("Not Available Yet",
                "Resyncing the draft sheet is not available yet."));
    }
}
