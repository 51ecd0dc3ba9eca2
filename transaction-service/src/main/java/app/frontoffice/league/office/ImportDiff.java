package app.frontoffice.league.office;

import app.frontoffice.events.league.CalendarState;
import app.frontoffice.events.league.PlayerState;
import app.frontoffice.events.league.TeamState;
import app.frontoffice.league.League;
import app.frontoffice.league.Player;
import app.frontoffice.league.ScheduledGame;
import app.frontoffice.league.Standing;
import app.frontoffice.league.Team;
import app.frontoffice.league.office.LeagueState.GameKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What importing a league file changes, compared with what the league office holds: the rows to
 * write and remove, and the records to publish. The file is the whole truth for its league, so an
 * entity the file no longer lists is removed (and tombstoned). An import of the same file gives an
 * empty diff: nothing is written and nothing is published.
 *
 * <p>Writing and publishing are decided separately for teams: the published team carries the cap
 * that applies, so a change of the league's default cap republishes every team without a cap of its
 * own although none of their rows change.
 */
public record ImportDiff(League league,
                         boolean leagueChanged,
                         Optional<CalendarState> calendarToPublish,
                         List<Team> teamsToWrite,
                         List<String> teamsToRemove,
                         List<TeamState> teamsToPublish,
                         List<Player> playersToWrite,
                         List<Integer> playersToRemove,
                         List<Standing> standingsToWrite,
                         List<String> standingsToRemove,
                         List<ScheduledGame> gamesToWrite,
                         List<GameKey> gamesToRemove) {

    /** The diff of an import into a league the office does not know yet. */
    public static ImportDiff of(LeagueState incoming) {
        return between(Optional.empty(), incoming);
    }

    public static ImportDiff between(Optional<LeagueState> current, LeagueState incoming) {
        League now = incoming.league();
        League before = current.map(LeagueState::league).orElse(null);
        Map<String, Team> oldTeams = current.map(LeagueState::teams).orElse(Map.of());

        List<Team> teamsToWrite = new ArrayList<>();
        List<TeamState> teamsToPublish = new ArrayList<>();
        for (Team team : incoming.teams().values()) {
            Team old = oldTeams.get(team.abbrev());
            if (!team.equals(old)) {
                teamsToWrite.add(team);
            }
            TeamState published = PublishedState.team(now, team);
            if (old == null || before == null || !published.equals(PublishedState.team(before, old))) {
                teamsToPublish.add(published);
            }
        }
        List<Player> playersToWrite = changed(current.map(LeagueState::players).orElse(Map.of()), incoming.players());
        CalendarState calendar = PublishedState.calendar(now);
        boolean calendarChanged = before == null || !calendar.equals(PublishedState.calendar(before));

        return new ImportDiff(now,
                !now.equals(before),
                calendarChanged ? Optional.of(calendar) : Optional.empty(),
                teamsToWrite,
                removed(oldTeams, incoming.teams()),
                teamsToPublish,
                playersToWrite,
                removed(current.map(LeagueState::players).orElse(Map.of()), incoming.players()),
                changed(current.map(LeagueState::standings).orElse(Map.of()), incoming.standings()),
                removed(current.map(LeagueState::standings).orElse(Map.of()), incoming.standings()),
                changed(current.map(LeagueState::schedule).orElse(Map.of()), incoming.schedule()),
                removed(current.map(LeagueState::schedule).orElse(Map.of()), incoming.schedule()));
    }

    /** The players to publish: every written one (a player's record holds nothing but his row). */
    public List<PlayerState> playersToPublish() {
        return playersToWrite.stream().map(p -> PublishedState.player(league.id(), p)).toList();
    }

    public boolean isEmpty() {
        return changes().isEmpty();
    }

    /** How many of each kind changed (added, updated or removed); only kinds with a change appear. */
    public Changes changes() {
        long teams = java.util.stream.Stream.concat(teamsToWrite.stream().map(Team::abbrev),
                teamsToPublish.stream().map(TeamState::abbrev)).distinct().count() + teamsToRemove.size();
        return new Changes(leagueChanged ? 1 : 0, calendarToPublish.isPresent() ? 1 : 0, (int) teams,
                playersToWrite.size() + playersToRemove.size(),
                standingsToWrite.size() + standingsToRemove.size(),
                gamesToWrite.size() + gamesToRemove.size());
    }

    /** Counts of changed entities, as the import endpoint reports them. */
    public record Changes(int league, int calendar, int teams, int players, int standings, int schedule) {
        public boolean isEmpty() {
            return league + calendar + teams + players + standings + schedule == 0;
        }
    }

    private static <K, V> List<V> changed(Map<K, V> before, Map<K, V> after) {
        List<V> out = new ArrayList<>();
        after.forEach((key, value) -> {
            if (!Objects.equals(before.get(key), value)) {
                out.add(value);
            }
        });
        return out;
    }

    private static <K, V> List<K> removed(Map<K, V> before, Map<K, V> after) {
        List<K> out = new ArrayList<>();
        before.keySet().forEach(key -> {
            if (!after.containsKey(key)) {
                out.add(key);
            }
        });
        return out;
    }
}
