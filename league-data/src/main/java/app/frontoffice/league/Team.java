package app.frontoffice.league;

import java.util.List;

/**
 * A major-league team and its two affiliates.
 *
 * @param longName     full name; also the name of the team's Discord role, which is what gets pinged
 * @param colour       hex colour without '#', e.g. {@code a6ce39}
 * @param swarCap      the team's own sWAR cap; null means the league default, while 0 is a real cap of zero
 * @param gmIds        Discord user ids of the team's general managers (at most two)
 * @param affiliates   abbreviations of the minor-league and injured-list rosters; derived from
 *                     {@code abbrev} when the file leaves them out
 */
public record Team(String abbrev,
                   String shortName,
                   String longName,
                   String colour,
                   String thumbnailUrl,
                   Double swarCap,
                   List<String> gmIds,
                   Affiliates affiliates) {

    public Team {
        gmIds = Lists.copy(gmIds);
        if (affiliates == null && abbrev != null) {
            affiliates = Affiliates.derivedFrom(abbrev);
        }
    }

    /** The cap that applies to this team: its own if set, else the league's. */
    public double swarCapOr(double leagueDefault) {
        return swarCap == null ? leagueDefault : swarCap;
    }
}
