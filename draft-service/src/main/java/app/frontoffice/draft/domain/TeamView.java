package app.frontoffice.draft.domain;

import java.util.Objects;

/**
 * What the draft needs to know about a team.
 *
 * @param colourHex hex colour without '#', or null
 * @param swarCap   the team's own cap; null means the league default, while 0 is a real cap of zero
 * @param roleId    id of the Discord role named after {@code longName}, or null when there is none
 */
public record TeamView(String abbrev,
                       String shortName,
                       String longName,
                       String colourHex,
                       String thumbnailUrl,
                       Double swarCap,
                       String roleId) {

    public TeamView {
        Objects.requireNonNull(abbrev, "abbrev");
    }

    /** Teams are identified by abbreviation within a season. */
    public boolean sameTeam(TeamView other) {
        return other != null && abbrev.equalsIgnoreCase(other.abbrev);
    }

    /** The team's colour, or {@code fallback} when it has none or it is not valid hex. */
    public int colourOr(int fallback) {
        if (colourHex == null) {
            return fallback;
        }
        String hex = colourHex.strip();
        if (hex.startsWith("#")) {
            hex = hex.substring(1);
        }
        if (!hex.matches("[0-9A-Fa-f]{1,6}")) {
            return fallback;
        }
        return Integer.parseInt(hex, 16);
    }
}
