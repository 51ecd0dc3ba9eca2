package app.frontoffice.league;

import java.util.List;

/**
 * A player card.
 *
 * @param swar      season WAR as the sim rates it (never negative); what the cap counts
 * @param positions 1 to 8 positions from {@link Positions#ALL}, primary first
 * @param team      where the player is: a team's abbreviation, one of its affiliates, or the free-agent abbreviation
 */
public record Player(int id, String name, double swar, List<String> positions, String imageUrl, String team) {

    public Player {
        positions = Lists.copy(positions);
    }
}
