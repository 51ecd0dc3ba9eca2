package app.frontoffice.events.league;

import java.util.List;

/**
 * A team as the league office publishes it on the compacted {@code league.teams} topic
 * (key {@code leagueId:abbrev}); a tombstone means the team no longer exists.
 *
 * @param colour     hex colour without '#', e.g. {@code a6ce39}
 * @param swarCap    the cap that applies to the team: its own, or the league default when it sets none
 * @param gmIds      Discord user ids of the team's general managers
 * @param affiliates the team's other rosters, by abbreviation
 */
public record TeamState(String leagueId,
                        String abbrev,
                        String shortName,
                        String longName,
                        String colour,
                        String thumbnailUrl,
                        double swarCap,
                        List<String> gmIds,
                        Affiliates affiliates) {

    public TeamState {
        gmIds = gmIds == null ? List.of() : List.copyOf(gmIds);
    }

    /** The minor-league and injured-list rosters a team owns besides its major-league one. */
    public record Affiliates(String minorLeague, String injuredList) {
    }
}
