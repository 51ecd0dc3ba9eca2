package app.frontoffice.sheets.domain;

import java.util.Optional;

/**
 * The identity of a pick on {@code draft.pick-made}: the record key {@code leagueId:season:overall}.
 * A tombstone carries nothing but its key, so the key (not the value) says which row to blank.
 */
public record PickKey(String leagueId, int season, int overall) {

    public SheetTarget target() {
        return new SheetTarget(leagueId, season);
    }

    /** Parses a record key; empty for anything that is not a pick key. League ids never contain ':'. */
    public static Optional<PickKey> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        int last = key.lastIndexOf(':');
        int middle = last <= 0 ? -1 : key.lastIndexOf(':', last - 1);
        if (middle <= 0) {
            return Optional.empty();
        }
        try {
            int season = Integer.parseInt(key.substring(middle + 1, last));
            int overall = Integer.parseInt(key.substring(last + 1));
            if (overall < 1) {
                return Optional.empty();
            }
            return Optional.of(new PickKey(key.substring(0, middle), season, overall));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The prefix every key of one league's season starts with, for filtering a replay. */
    public static String prefix(SheetTarget target) {
        return target.leagueId() + ":" + target.season() + ":";
    }
}
