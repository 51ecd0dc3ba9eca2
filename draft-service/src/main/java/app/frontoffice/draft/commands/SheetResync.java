package app.frontoffice.draft.commands;

import app.frontoffice.draft.board.DraftBoard;
import app.frontoffice.draft.domain.DraftMessages;
import app.frontoffice.events.EventTypes;
import app.frontoffice.events.Keys;
import app.frontoffice.events.Topics;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.events.draft.SheetResyncRequested;
import app.frontoffice.support.discord.DiscordActionOutbox;
import app.frontoffice.support.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


/**
 * {@code /draft-admin resync-sheet}: the admin check happened here; the rebuild is sheets-writer's
 * (it replays {@code draft.pick-made}) and it answers the admin itself when done.
 */
@ApplicationScoped
public class SheetResync {

    @Inject
    Outbox outbox;

    @Inject
    DiscordActionOutbox discord;


    public void request(SlashCommand command, DraftBoard board) {
        SheetResyncRequested request = new SheetResyncRequested(board.leagueId(), board.season(), command.interaction());
        outbox.add(Topics.DRAFT_SHEET_REQUESTS, Keys.league(board.leagueId()), EventTypes.SHEET_RESYNC_REQUESTED,
                board.leagueId(), command.interactionId(), request);
        // A first answer at once; sheets-writer replaces it with the result.
        discord.reply(command, DraftMessages.info("Resyncing the Draft Sheet",
                "Rebuilding the season " + board.season() + " draft sheet from every pick made so far…"));
    }
}
