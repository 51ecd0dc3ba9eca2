package app.frontoffice.draft.board;

import app.frontoffice.draft.domain.PickView;
import app.frontoffice.draft.domain.PlayerView;
import app.frontoffice.draft.domain.TeamView;
import app.frontoffice.draft.state.Draft;
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
        Map<Long, PlayerView> players = players(draft.leagueId());
        List<PickView> picks = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select overall, round, original_owner, owner, player_id, auto "
                        + "from draft_pick where league_id = :l and season = :s order by overall")
                .setParameter("l", draft.leagueId()).setParameter("s", draft.season())
                .getResultList();
        for (Object[] r : rows) {
            Long playerId = r[4] == null ? null : ((Number) r[4]).longValue();
            picks.add(new PickView(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), team(teams, (String) r[2]),
                    team(teams, (String) r[3]), playerId == null ? null : players.get(playerId), (Boolean) r[5]));
        }
        return new DraftBoard(draft, teams, rowsByAbbrev, picks, players);
    }

    /**
     * Every player of the league as plain values. Read as a projection, not as managed entities:
     * a command reads hundreds of players and changes at most one, and tracking them all for dirty
     * checking made every command slow.
     */
    private Map<Long, PlayerView> players(String leagueId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select player_id, name, swar, positions, image_url, team from draft_player where league_id = :l")
                .setParameter("l", leagueId)
                .getResultList();
        Map<Long, PlayerView> players = new LinkedHashMap<>(rows.size() * 2);
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            String positions = (String) r[3];
            players.put(id, new PlayerView(id, (String) r[1], ((Number) r[2]).doubleValue(),
                    positions == null || positions.isBlank() ? List.of() : List.of(positions.split(",")),
                    (String) r[4], (String) r[5]));
        }
        return players;
    }

    public static TeamView teamView(TeamRow row) {
        return new TeamView(row.abbrev, row.shortName, row.longName, row.colour, row.thumbnailUrl, row.swarCap, null);
    }

    private static TeamView team(Map<String, TeamView> teams, String abbrev) {
        TeamView team = teams.get(abbrev);
        // A pick owned by a team the league office has not published yet still shows its abbrev.
        return team != null ? team : new TeamView(abbrev, abbrev, abbrev, null, null, null, null);
    }
}
