package app.frontoffice.league;

import java.util.List;
import java.util.Set;

/** The positions a player may list. Pitchers are the ones whose primary position is SP, RP or P. */
public final class Positions {

    /** In the order the league lists them; the schema's enum must match. */
    public static final List<String> ALL = List.of("C", "1B", "2B", "3B", "SS", "LF", "CF", "RF", "DH", "SP", "RP", "P");

    public static final Set<String> PITCHING = Set.of("SP", "RP", "P");

    public static final int MAX_PER_PLAYER = 8;

    private Positions() {
    }

    public static boolean isPitcher(Player player) {
        return !player.positions().isEmpty() && PITCHING.contains(player.positions().get(0));
    }
}
