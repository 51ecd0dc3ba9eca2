package app.frontoffice.league;

/**
 * How many players a team may carry (reference §3.2). The injured list and free agents never count.
 *
 * @param majorLeague           major-league roster limit during the season
 * @param minorLeague           minor-league roster limit before week 15
 * @param minorLeagueFromWeek15 minor-league roster limit from week 15, when rosters expand
 * @param offseason             limit for each of the two rosters in the offseason
 */
public record RosterLimits(int majorLeague, int minorLeague, int minorLeagueFromWeek15, int offseason) {

    public static final RosterLimits DEFAULT = new RosterLimits(26, 6, 14, 69);
}
