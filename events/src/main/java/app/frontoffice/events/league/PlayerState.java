package app.frontoffice.events.league;

import java.util.List;

/**
 * A player as the league office publishes it on the compacted {@code league.players} topic
 * (key {@code leagueId:id}); a tombstone means the player was removed from the league.
 *
 * @param swar      season WAR; what the cap counts
 * @param positions primary first
 * @param team      the roster the player is on: a team's abbreviation, one of its affiliates, or the
 *                  league's free-agent abbreviation (usually {@code FA})
 */
public record PlayerState(String leagueId,
                          int id,
                          String name,
                          double swar,
                          List<String> positions,
                          String imageUrl,
                          String team) {

    public PlayerState {
        positions = positions == null ? List.of() : List.copyOf(positions);
    }

    /** The same player on another roster. */
    public PlayerState onTeam(String newTeam) {
        return new PlayerState(leagueId, id, name, swar, positions, imageUrl, newTeam);
    }
}
