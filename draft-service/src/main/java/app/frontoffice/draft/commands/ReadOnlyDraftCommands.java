package app.frontoffice.draft.commands;

import app.frontoffice.draft.board.DraftBoard;
import app.frontoffice.draft.board.DraftBoards;
import app.frontoffice.draft.board.DraftNotices;
import app.frontoffice.draft.domain.DraftMessages;
import app.frontoffice.draft.domain.PickView;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.support.discord.DiscordActionOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.function.Consumer;

/** {@code /draft-status}, {@code /draft-on-clock}, {@code /draft-board}: read, never write. */
@ApplicationScoped
public class ReadOnlyDraftCommands {

    @Inject
    DraftBoards boards;

    @Inject
    DraftNotices notices;

    @Inject
    DiscordActionOutbox discord;

    @Inject
    CommandGuards guards;

    public void status(SlashCommand command) {
        withBoard(command, b ->
                // No in-memory pick lock exists any more: the database serialises picks, so none is "in progress".
                discord.reply(command, notices.messages(b).draftStatus(b.state(), b.current().orElse(null),
                        DraftMessages.LOCK_FREE, DraftNotices.sheetUrl(b))));
    }

    public void onClock(SlashCommand command) {
        withBoard(command, b -> onClock(command, b));
    }

    private void onClock(SlashCommand command, DraftBoard b) {
        DraftMessages messages = notices.messages(b);
        Optional<PickView> current = b.current();
        if (current.isEmpty() || b.complete()) {
            discord.reply(command, messages.draftComplete());
            return;
        }
        discord.reply(command, messages.onTheClock(current.get(), b.state(), b.picks(),
                b.activeRosterTotal(current.get().owner()), DraftNotices.sheetUrl(b)));
    }

    public void board(SlashCommand command) {
        withBoard(command, b -> board(command, b));
    }

    private void board(SlashCommand command, DraftBoard b) {
        DraftMessages messages = notices.messages(b);
        int round = command.longOption("round_number").map(Long::intValue).orElse(1);
        if (!b.format().isValidRound(round)) {
            discord.reply(command, messages.invalidRound());
            return;
        }
        discord.reply(command, messages.draftBoard(round,
                b.picks().stream().filter(p -> p.round() == round).toList(), DraftNotices.sheetUrl(b)));
    }

    /** Runs {@code answer} on the league's draft, or tells the member there is none. */
    private void withBoard(SlashCommand command, Consumer<DraftBoard> answer) {
        Optional<DraftBoard> board = boards.current(command.guildId(), false);
        if (board.isEmpty()) {
            guards.noDraft(command);
        } else {
            answer.accept(board.get());
        }
    }
}
