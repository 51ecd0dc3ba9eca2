package app.frontoffice.events;

import java.util.Objects;

/** Record keys. Kafka orders records per key, so the key says what must stay in order. */
public final class Keys {

    /** Commands and Discord actions: everything of one league in order. */
    public static String league(String leagueId) {
        return require(leagueId, "leagueId");
    }

    /** Compacted league state: one record per team or player. */
    public static String entity(String leagueId, Object id) {
        return require(leagueId, "leagueId") + ":" + Objects.requireNonNull(id, "id");
    }

    /** {@code draft.pick-made}: one record per pick of a season. */
    public static String pick(String leagueId, int season, int overall) {
        return require(leagueId, "leagueId") + ":" + season + ":" + overall;
    }

    private static String require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    private Keys() {
    }
}
