package app.frontoffice.support.league;

import app.frontoffice.events.league.CalendarState;
import app.frontoffice.events.league.PlayerState;
import app.frontoffice.events.league.TeamState;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A local, in-memory copy of the league office's published state: teams, players and calendar per
 * league. It is fed from the compacted {@code league.*} topics (see {@link LeagueViewConsumer}) and
 * answers lookups without a network call, e.g. for autocomplete.
 *
 * <p>Thread-safe: every update replaces one immutable value in a concurrent map, so readers never see
 * half an update; a query sees each entity either before or after a concurrent change. Queries return
 * immutable lists. Abbreviations are matched without case, as the league file's validator treats them.
 */
public final class LeagueView {

    private static final Comparator<PlayerState> BY_NAME =
            Comparator.comparing(PlayerState::name, String.CASE_INSENSITIVE_ORDER).thenComparingInt(PlayerState::id);

    private final ConcurrentMap<String, League> leagues = new ConcurrentHashMap<>();

    /** One league's entries. Players keep their folded name so a search does not re-fold 700 names. */
    private static final class League {
        final ConcurrentMap<String, TeamState> teams = new ConcurrentHashMap<>();
        final ConcurrentMap<Integer, IndexedPlayer> players = new ConcurrentHashMap<>();
        volatile CalendarState calendar;
    }

    private record IndexedPlayer(PlayerState state, String folded) {
    }

    // ---- updates (from the topics) -------------------------------------------------------------

    public void putTeam(TeamState team) {
        league(team.leagueId()).teams.put(key(team.abbrev()), team);
    }

    public void removeTeam(String leagueId, String abbrev) {
        League league = leagues.get(leagueId);
        if (league != null) {
            league.teams.remove(key(abbrev));
        }
    }

    public void putPlayer(PlayerState player) {
        league(player.leagueId()).players.put(player.id(), new IndexedPlayer(player, PlayerNames.fold(player.name())));
    }

    public void removePlayer(String leagueId, int playerId) {
        League league = leagues.get(leagueId);
        if (league != null) {
            league.players.remove(playerId);
        }
    }

    public void putCalendar(CalendarState calendar) {
        league(calendar.leagueId()).calendar = calendar;
    }

    public void removeCalendar(String leagueId) {
        League league = leagues.get(leagueId);
        if (league != null) {
            league.calendar = null;
        }
    }

    // ---- queries -------------------------------------------------------------------------------

    /** The leagues the view has seen anything of. */
    public Set<String> leagueIds() {
        return Set.copyOf(leagues.keySet());
    }

    /** Every team of the league, by abbreviation. */
    public List<TeamState> teams(String leagueId) {
        return find(leagueId).map(l -> l.teams.values().stream()
                        .sorted(Comparator.comparing(TeamState::abbrev)).toList())
                .orElse(List.of());
    }

    /** The major-league team with this abbreviation (any case); not an affiliate. */
    public Optional<TeamState> team(String leagueId, String abbrev) {
        return find(leagueId).map(l -> l.teams.get(key(abbrev)));
    }

    /** The team whose general managers include this Discord user. */
    public Optional<TeamState> teamOfGm(String leagueId, String userId) {
        return find(leagueId).flatMap(l -> l.teams.values().stream()
                .filter(t -> t.gmIds().contains(userId))
                .findFirst());
    }

    /** The team a roster belongs to: {@code BCB}, {@code BCBMiL} and {@code BCBIL} all give BCB. */
    public Optional<TeamState> teamOwningRoster(String leagueId, String roster) {
        return find(leagueId).flatMap(l -> l.teams.values().stream()
                .filter(t -> rostersOf(t).stream().anyMatch(r -> r.equalsIgnoreCase(roster)))
                .findFirst());
    }

    /**
     * The players on exactly this roster (any case): a team, one of its affiliates, or the free-agent
     * abbreviation such as {@code FA}. Sorted by name.
     */
    public List<PlayerState> playersOn(String leagueId, String roster) {
        return players(leagueId, p -> p.team() != null && p.team().equalsIgnoreCase(roster));
    }

    /** The players on the team's major-league roster and both its affiliates. Sorted by name. */
    public List<PlayerState> playersOfTeam(String leagueId, String abbrev) {
        Optional<TeamState> team = team(leagueId, abbrev);
        if (team.isEmpty()) {
            return List.of();
        }
        Set<String> rosters = Set.copyOf(rostersOf(team.get()).stream().map(LeagueView::key).toList());
        return players(leagueId, p -> p.team() != null && rosters.contains(key(p.team())));
    }

    public Optional<PlayerState> player(String leagueId, int playerId) {
        return find(leagueId).map(l -> l.players.get(playerId)).map(IndexedPlayer::state);
    }

    /**
     * Players whose name matches what was typed, ignoring case and accents: names that start with it
     * first, then names with a word that starts with it, then names that merely contain it; by name
     * within each group. An empty query lists players by name. At most {@code limit} results.
     */
    public List<PlayerState> playersByName(String leagueId, String query, int limit) {
        String folded = PlayerNames.fold(query);
        return find(leagueId).map(l -> l.players.values().stream()
                        .map(p -> new Ranked(p.state(), PlayerNames.rank(p.folded(), folded)))
                        .filter(r -> r.rank() >= 0)
                        .sorted(Comparator.comparingInt(Ranked::rank).thenComparing(Ranked::player, BY_NAME))
                        .limit(Math.max(0, limit))
                        .map(Ranked::player)
                        .toList())
                .orElse(List.of());
    }

    /** Every player of the league, by name. */
    public List<PlayerState> players(String leagueId) {
        return players(leagueId, p -> true);
    }

    public Optional<CalendarState> calendar(String leagueId) {
        return find(leagueId).map(l -> l.calendar);
    }

    private record Ranked(PlayerState player, int rank) {
    }

    private List<PlayerState> players(String leagueId, java.util.function.Predicate<PlayerState> filter) {
        return find(leagueId).map(l -> l.players.values().stream()
                        .map(IndexedPlayer::state)
                        .filter(filter)
                        .sorted(BY_NAME)
                        .toList())
                .orElse(List.of());
    }

    private static List<String> rostersOf(TeamState team) {
        if (team.affiliates() == null) {
            return List.of(team.abbrev());
        }
        return java.util.stream.Stream.of(team.abbrev(), team.affiliates().minorLeague(), team.affiliates().injuredList())
                .filter(Objects::nonNull).toList();
    }

    private Optional<League> find(String leagueId) {
        return leagueId == null ? Optional.empty() : Optional.ofNullable(leagues.get(leagueId));
    }

    private League league(String leagueId) {
        return leagues.computeIfAbsent(Objects.requireNonNull(leagueId, "leagueId"), id -> new League());
    }

    private static String key(String abbrev) {
        return abbrev == null ? "" : abbrev.toUpperCase(Locale.ROOT);
    }
}
