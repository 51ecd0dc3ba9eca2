package app.frontoffice.league.office;

import app.frontoffice.events.league.CalendarState;
import app.frontoffice.events.league.PlayerState;
import app.frontoffice.events.league.TeamState;
import app.frontoffice.league.League;
import app.frontoffice.league.Player;
import app.frontoffice.league.Team;

/** The shape the other services see of the league office's state (the {@code league.*} records). */
public final class PublishedState {

    private PublishedState() {
    }

    /** Published with the cap that applies, so readers need not know the league default. */
    public static TeamState team(League league, Team team) {
        return new TeamState(league.id(), team.abbrev(), team.shortName(), team.longName(), team.colour(),
                team.thumbnailUrl(), team.swarCapOr(league.defaultSwarCap()), team.gmIds(),
                new TeamState.Affiliates(team.affiliates().minorLeague(), team.affiliates().injuredList()));
    }

    public static PlayerState player(String leagueId, Player player) {
        return new PlayerState(leagueId, player.id(), player.name(), player.swar(), player.positions(),
                player.imageUrl(), player.team());
    }

    public static CalendarState calendar(League league) {
        return new CalendarState(league.id(), league.currentSeason(), league.week(), league.freeze(), league.timezone());
    }
}
