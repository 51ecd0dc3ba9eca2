package app.frontoffice.league.office.api;

import app.frontoffice.league.office.store.LeagueRow;
import app.frontoffice.league.office.store.PlayerRow;
import app.frontoffice.league.office.store.TeamRow;
import app.frontoffice.support.league.PlayerNames;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Read-only views of the league office's own tables, for operators and tests. Other services do not
 * call this: they keep a {@code LeagueView} from the {@code league.*} topics.
 */
@Path("/api/leagues/{leagueId}")
@Produces(MediaType.APPLICATION_JSON)
public class LeagueQueryResource {

    public record TeamView(long id, String abbrev, String shortName, String longName, String colour,
                           String thumbnailUrl, double swarCap, List<String> gmIds, Affiliates affiliates) {
    }

    public record Affiliates(String minorLeague, String injuredList) {
    }

    public record PlayerView(int id, String name, double swar, List<String> positions, String team) {
    }

    public record CalendarView(String leagueId, int season, int week, boolean freeze, String timezone) {
    }

    @GET
    @Path("teams")
    public List<TeamView> teams(@PathParam("leagueId") String leagueId) {
        LeagueRow league = league(leagueId);
        return TeamRow.ofLeague(leagueId).stream()
                .map(t -> new TeamView(t.id, t.abbrev, t.shortName, t.longName, t.colour, t.thumbnailUrl,
                        t.swarCap != null ? t.swarCap : league.defaultSwarCap, t.gmIds,
                        new Affiliates(t.minorLeague, t.injuredList)))
                .toList();
    }

    /**
     * @param team a roster's abbreviation (a team, an affiliate, or {@code FA} for the free agents), any case
     * @param name part of the player's name, without regard to case or accents
     */
    @GET
    @Path("players")
    public List<PlayerView> players(@PathParam("leagueId") String leagueId, @QueryParam("team") String team,
                                    @QueryParam("name") String name) {
        LeagueRow league = league(leagueId);
        String roster = team == null || team.isBlank() ? null
                : team.equalsIgnoreCase("FA") ? league.freeAgentTeam : team.trim();
        String folded = PlayerNames.fold(name);
        Stream<PlayerRow> rows = roster == null
                ? PlayerRow.ofLeague(leagueId).stream()
                : PlayerRow.<PlayerRow>list("leagueId = ?1 and lower(team) = lower(?2) order by playerId", leagueId, roster).stream();
        return rows
                .filter(p -> folded.isEmpty() || PlayerNames.fold(p.name).contains(folded))
                .sorted(Comparator.comparing((PlayerRow p) -> p.name).thenComparingInt(p -> p.playerId))
                .map(p -> new PlayerView(p.playerId, p.name, p.swar, p.positions, p.team))
                .toList();
    }

    @GET
    @Path("calendar")
    public CalendarView calendar(@PathParam("leagueId") String leagueId) {
        LeagueRow league = league(leagueId);
        return new CalendarView(league.leagueId, league.season, league.week, league.freeze, league.timezone);
    }

    private static LeagueRow league(String leagueId) {
        LeagueRow league = LeagueRow.findById(leagueId);
        if (league == null) {
            throw new NotFoundException(Response.status(Response.Status.NOT_FOUND)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(new Message("No league " + leagueId + " here. Import its league file with POST /api/leagues/import."))
                    .build());
        }
        return league;
    }

    public record Message(String message) {
    }
}
