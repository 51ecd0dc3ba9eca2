package app.frontoffice.draft.domain;

import java.util.List;
import java.util.Objects;

/**
 * What the draft needs to know about a player.
 *
 * @param positions   primary position first; may be empty
 * @param teamAbbrev  where the player is now: a team, an affiliate, or the free-agent pseudo-team
 */
public record PlayerView(long id,
                         String name,
                         double swar,
                         List<String> positions,
                         String imageUrl,
                         String teamAbbrev) {

    public PlayerView {
        Objects.requireNonNull(name, "name");
        positions = positions == null ? List.of() : List.copyOf(positions);
    }

    /** The primary position, or null when none is known. */
    public String primaryPosition() {
        return positions.isEmpty() ? null : positions.get(0);
    }

    public boolean isFreeAgent(String freeAgentTeam) {
        return teamAbbrev != null && teamAbbrev.equalsIgnoreCase(freeAgentTeam);
    }
}
