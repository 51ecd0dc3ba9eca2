package app.frontoffice.sim.sheets;

import java.util.ArrayList;
import java.util.List;

/**
 * The league's draft sheet (reference behaviour §2.2): tab "Ordered List", a header on row 1, and pick
 * overall N on row N+1. Columns A–C are labels the real sheet maintains itself (round, pick in round,
 * overall); D–G (original owner, owner, player, sWAR) are what the bot writes, so they start empty.
 */
public final class DraftSheetLayout {

    public static final String TAB = "Ordered List";
    public static final List<String> HEADER =
            List.of("Round", "Pick", "Overall", "Orig Owner", "Owner", "Player", "sWAR");

    private DraftSheetLayout() {
    }

    /** The whole draft spreadsheet, ready for {@link SpreadsheetStore#create(SpreadsheetSpec, java.time.Instant)}. */
    public static SpreadsheetSpec spec(String id, String title, int rounds, int teams) {
        List<List<Object>> rows = new ArrayList<>();
        rows(rounds, teams).forEach(r -> rows.add(new ArrayList<>(r)));
        return new SpreadsheetSpec(id, title, List.of(new SpreadsheetSpec.Tab(TAB, rows)));
    }

    /** Header plus one labelled row per pick, rounds x teams picks in overall order. */
    public static List<List<String>> rows(int rounds, int teams) {
        if (rounds < 1 || teams < 1) {
            throw new IllegalArgumentException("rounds and teams must be positive");
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        int overall = 1;
        for (int round = 1; round <= rounds; round++) {
            for (int pick = 1; pick <= teams; pick++) {
                rows.add(List.of(String.valueOf(round), String.valueOf(pick), String.valueOf(overall++)));
            }
        }
        return rows;
    }
}
