package app.frontoffice.draft.board;

import app.frontoffice.draft.domain.PickView;
import app.frontoffice.draft.domain.PlayerView;
import app.frontoffice.draft.domain.TeamView;
import app.frontoffice.draft.state.Draft;
import app.frontoffice.draft.state.PickRow;
import app.frontoffice.draft.state.PlayerRow;
import app.frontoffice.draft.state.TeamRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Loads a {@link DraftBoard}; with {@code lock} the draft row is locked until the transaction ends. */
@ApplicationScoped
public class DraftBoards {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<DraftBoard> current(String leagueId, boolean lock) {
        Optional<Draft> draft = Draft.currentFor(leagueId);
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        if (lock) {
            // Every writer (a manager's pick, the clock, an admin) takes this lock first: the
            // database decides who goes first, and the loser sees the winner's result.
            em.refresh(draft.get(), LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.of(load(draft.get()));
    }

    /** The same draft read again, after this transaction changed it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DraftBoard reload(DraftBoard board) {
        em.flush();
        return load(board.draft());
    }

    DraftBoard load(Draft draft) {
        List<TeamRow> teamRows = TeamRow.ofLeague(draft.leagueId());
        Map<String, TeamRow> rowsByAbbrev = teamRows.stream()
                .collect(Collectors.toMap(t -> t.abbrev, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, TeamView> teams = new LinkedHashMap<>();
        rowsByAbbrev.forEach((abbrev, row) -> teams.put(abbrev, teamView(row)));
        Map<Long, PlayerView> players = new LinkedHashMap<>();
        for (PlayerRow p : PlayerRow.ofLeague(draft.leagueId())) {
            players.put(p.playerId, playerView(p));
        }
        List<PickView> picks = new ArrayList<>();
        for (PickRow row : PickRow.ofSeason(draft.leagueId(), draft.season())) {
            picks.add(new PickView(row.overall, row.round, team(teams, row.originalOwner), team(teams, row.owner),
                    row.playerId == null ? null : players.get(row.playerId), row.auto));
        }
        return new DraftBoard(draft, teams, rowsByAbbrev, picks, players);
    }

    public static TeamView teamView(TeamRow row) {
        return new TeamView(row.abbrev, row.shortName, row.longName, row.colour, row.thumbnailUrl, row.swarCap, null);
    }

    public static PlayerView playerView(PlayerRow p) {
        return new PlayerView(p.playerId, p.name, p.swar, p.positionList(), p.imageUrl, p.team);
    }

    private static TeamView team(Map<String, TeamView> teams, String abbrev) {
        TeamView team = teams.get(abbrev);
        // A pick owned by a team the league office has not published yet still shows its abbrev.
        return team != null ? team : new TeamView(abbrev, abbrev, abbrev, null, null, null, null);
    }
}
