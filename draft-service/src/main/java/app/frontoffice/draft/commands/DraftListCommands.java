package app.frontoffice.draft.commands;

import app.frontoffice.draft.board.DraftBoard;
import app.frontoffice.draft.board.DraftBoards;
import app.frontoffice.draft.board.DraftNotices;
import app.frontoffice.draft.domain.DraftList;
import app.frontoffice.draft.domain.DraftListResult;
import app.frontoffice.draft.domain.DraftMessages;
import app.frontoffice.draft.domain.NameMatch;
import app.frontoffice.draft.domain.PlayerNameMatcher;
import app.frontoffice.draft.domain.PlayerView;
import app.frontoffice.draft.domain.TeamView;
import app.frontoffice.draft.state.DraftListEntryRow;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.support.discord.DiscordActionOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/** A team's auto-draft queue: {@code /draft-list}, {@code -add}, {@code -remove}, {@code -clear}. */
@ApplicationScoped
public class DraftListCommands {

    @Inject
    DraftBoards boards;

    @Inject
    DraftNotices notices;

    @Inject
    DiscordActionOutbox discord;

    @Inject
    CommandGuards guards;

    public void handle(SlashCommand command) {
        Optional<TeamView> team = guards.requireManagerInDraftPeriod(command);
        if (team.isEmpty()) {
            return;
        }
        Optional<DraftBoard> loaded = boards.current(command.guildId(), false);
        if (loaded.isEmpty()) {
            guards.noDraft(command);
            return;
        }
        DraftBoard board = loaded.get();
        DraftMessages messages = notices.messages(board);
        DraftList list = load(board, team.get());
        switch (command.commandPath()) {
            case "draft-list" -> discord.reply(command, messages.draftList(team.get(), list, board.players()));
            case "draft-list-clear" -> apply(command, board, team.get(), list.clear(), true);
            case "draft-list-add", "draft-list-remove" -> {
                Optional<PlayerView> player = player(command, board);
                if (player.isEmpty()) {
                    return;
                }
                DraftListResult result;
                if (command.commandPath().equals("draft-list-add")) {
                    if (!player.get().isFreeAgent(board.freeAgentTeam())) {
                        discord.reply(command, DraftMessages.error("Player Not Available",
                                player.get().name() + " is not a free agent."));
                        return;
                    }
                    result = list.add(player.get(), command.longOption("rank").map(Long::intValue).orElse(null));
                } else {
                    result = list.remove(player.get());
                }
                apply(command, board, team.get(), result, false);
            }
            default -> throw new IllegalArgumentException(command.commandPath());
        }
    }

    private void apply(SlashCommand command, DraftBoard board, TeamView team, DraftListResult result, boolean clearing) {
        DraftMessages messages = notices.messages(board);
        if (result instanceof DraftListResult.Refused refused) {
            discord.reply(command, DraftMessages.listRefused(refused));
            return;
        }
        DraftListResult.Updated updated = (DraftListResult.Updated) result;
        save(board, team, updated.list());
        discord.reply(command, clearing ? messages.queueCleared(updated)
                : messages.draftListUpdated(team, updated, board.players()));
    }

    private Optional<PlayerView> player(SlashCommand command, DraftBoard board) {
        String query = command.stringOption("player").orElse("");
        NameMatch<PlayerView> match = PlayerNameMatcher.match(query, board.players().values());
        if (match instanceof NameMatch.Found<PlayerView> found) {
            return Optional.of(found.player());
        }
        String details = match instanceof NameMatch.Ambiguous<PlayerView> ambiguous
                ? DraftMessages.didYouMean(ambiguous)
                : "Could not find player '" + PlayerNameMatcher.stripAutocompleteLabel(query) + "'.";
        discord.reply(command, DraftMessages.error("Player Not Found", details));
        return Optional.empty();
    }

    static DraftList load(DraftBoard board, TeamView team) {
        List<DraftListEntryRow> rows = DraftListEntryRow.of(board.leagueId(), board.season(), team.abbrev());
        return DraftList.of(rows.stream().map(r -> r.playerId).toList());
    }

    /** The whole queue is replaced, as in the reference, so ranks are always 1..n. */
    private static void save(DraftBoard board, TeamView team, DraftList list) {
        // Entity by entity, so the persistence context forgets the old rows before the new ones arrive.
        DraftListEntryRow.of(board.leagueId(), board.season(), team.abbrev()).forEach(DraftListEntryRow::delete);
        DraftListEntryRow.flush();
        int rank = 1;
        for (long playerId : list.playerIds()) {
            DraftListEntryRow row = new DraftListEntryRow();
            row.leagueId = board.leagueId();
            row.season = board.season();
            row.team = team.abbrev();
            row.playerId = playerId;
            row.rank = rank++;
            row.persist();
        }
    }
}
