package app.frontoffice.league.office;

import app.frontoffice.league.League;
import app.frontoffice.league.LeagueFile;
import app.frontoffice.league.Player;
import app.frontoffice.league.ScheduledGame;
import app.frontoffice.league.Standing;
import app.frontoffice.league.Team;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything the league office keeps about one league, keyed by natural key: what an import is
 * compared against. Built from a league file or from the database; the draft section is not part of
 * it (draft-service imports that itself).
 */
public record LeagueState(League league,
                          Map<String, Team> teams,
                          Map<Integer, Player> players,
                          Map<String, Standing> standings,
                          Map<GameKey, ScheduledGame> schedule) {

    /** A game's identity within a league: the same week, teams and game number is the same game. */
    public record GameKey(int week, String away, String home, int game) {
        public static GameKey of(ScheduledGame g) {
            return new GameKey(g.week(), g.away(), g.home(), g.game());
        }
    }

    public LeagueState {
        // Kept in file order, so that an import writes and publishes in a predictable order.
        teams = frozen(teams);
        players = frozen(players);
        standings = frozen(standings);
        schedule = frozen(schedule);
    }

    public static LeagueState of(LeagueFile file) {
        return of(file.league(), file.teams(), file.players(), file.standings(), file.schedule());
    }

    public static LeagueState of(League league, Collection<Team> teams, Collection<Player> players,
                                 Collection<Standing> standings, Collection<ScheduledGame> schedule) {
        return new LeagueState(league,
                index(teams, Team::abbrev),
                index(players, Player::id),
                index(standings, Standing::team),
                index(schedule, GameKey::of));
    }

    public String leagueId() {
        return league.id();
    }

    private static <K, V> Map<K, V> frozen(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static <K, V> Map<K, V> index(Collection<V> values, Function<V, K> key) {
        Map<K, V> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(key.apply(v), v));
        return map;
    }
}
