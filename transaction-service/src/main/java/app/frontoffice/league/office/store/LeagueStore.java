package app.frontoffice.league.office.store;

import app.frontoffice.league.Player;
import app.frontoffice.league.ScheduledGame;
import app.frontoffice.league.Standing;
import app.frontoffice.league.Team;
import app.frontoffice.league.office.ImportDiff;
import app.frontoffice.league.office.LeagueState;
import app.frontoffice.league.office.LeagueState.GameKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads a league's whole state from PostgreSQL and writes an import's changes back. */
@ApplicationScoped
public class LeagueStore {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Serialises every change to one league (imports, draft moves) until the transaction ends: two
     * imports of a new league at once would otherwise both insert it, and an import racing a draft
     * pick could publish a roster that is not the one committed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String leagueId) {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(:k))")
                .setParameter("k", "league:" + leagueId)
                .getSingleResult();
    }

    /** The league as stored, with its rows attached to this transaction so that {@link #apply} can change them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Stored> load(String leagueId) {
        LeagueRow league = LeagueRow.findById(leagueId);
        if (league == null) {
            return Optional.empty();
        }
        return Optional.of(new Stored(league,
                index(TeamRow.ofLeague(leagueId), r -> r.abbrev),
                index(PlayerRow.ofLeague(leagueId), r -> r.playerId),
                index(StandingRow.<StandingRow>list("leagueId", leagueId), r -> r.team),
                index(ScheduledGameRow.<ScheduledGameRow>list("leagueId", leagueId), r -> GameKey.of(r.toGame()))));
    }

    /** A league's rows, and the state they hold. */
    public record Stored(LeagueRow league,
                         Map<String, TeamRow> teams,
                         Map<Integer, PlayerRow> players,
                         Map<String, StandingRow> standings,
                         Map<GameKey, ScheduledGameRow> schedule) {

        public LeagueState state() {
            return LeagueState.of(league.toLeague(),
                    teams.values().stream().map(TeamRow::toTeam).toList(),
                    players.values().stream().map(PlayerRow::toPlayer).toList(),
                    standings.values().stream().map(StandingRow::toStanding).toList(),
                    schedule.values().stream().map(ScheduledGameRow::toGame).toList());
        }
    }

    /** Writes what the diff says; rows not mentioned are left alone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(Optional<Stored> stored, ImportDiff diff) {
        String leagueId = diff.league().id();
        if (diff.leagueChanged()) {
            LeagueRow row = stored.map(Stored::league).orElseGet(LeagueRow::new);
            row.set(diff.league(), clock.instant());
            if (stored.isEmpty()) {
                row.persist();
                em.flush(); // the other tables reference it
            }
        }
        Map<String, TeamRow> teams = stored.map(Stored::teams).orElse(Map.of());
        Map<Integer, PlayerRow> players = stored.map(Stored::players).orElse(Map.of());
        Map<String, StandingRow> standings = stored.map(Stored::standings).orElse(Map.of());
        Map<GameKey, ScheduledGameRow> schedule = stored.map(Stored::schedule).orElse(Map.of());

        // Removals first, so that the flush order cannot trip over a unique key.
        diff.teamsToRemove().forEach(abbrev -> teams.get(abbrev).delete());
        diff.playersToRemove().forEach(id -> players.get(id).delete());
        diff.standingsToRemove().forEach(team -> standings.get(team).delete());
        diff.gamesToRemove().forEach(key -> schedule.get(key).delete());
        em.flush();

        for (Team team : diff.teamsToWrite()) {
            upsert(teams.get(team.abbrev()), TeamRow::new, row -> row.set(leagueId, team));
        }
        for (Player player : diff.playersToWrite()) {
            upsert(players.get(player.id()), PlayerRow::new, row -> row.set(leagueId, player));
        }
        for (Standing standing : diff.standingsToWrite()) {
            upsert(standings.get(standing.team()), StandingRow::new, row -> row.set(leagueId, standing));
        }
        for (ScheduledGame game : diff.gamesToWrite()) {
            upsert(schedule.get(GameKey.of(game)), ScheduledGameRow::new, row -> row.set(leagueId, game));
        }
    }

    private static <R extends io.quarkus.hibernate.orm.panache.PanacheEntityBase> void upsert(
            R existing, java.util.function.Supplier<R> create, java.util.function.Consumer<R> set) {
        R row = existing != null ? existing : create.get();
        set.accept(row);
        if (existing == null) {
            row.persist();
        }
    }

    private static <K, R> Map<K, R> index(List<R> rows, Function<R, K> key) {
        return rows.stream().collect(Collectors.toMap(key, r -> r, (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
