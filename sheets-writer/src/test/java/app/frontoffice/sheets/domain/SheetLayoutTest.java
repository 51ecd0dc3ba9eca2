package app.frontoffice.sheets.domain;

import app.frontoffice.events.draft.PickMade;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SheetLayoutTest {

    private final SheetLayout layout = new SheetLayout("Ordered List", "D");

    static PickMade pick(int overall, String original, String owner, String name, double swar) {
        return new PickMade("L", 13, overall, 1, original, owner, overall, name, swar, false, Instant.EPOCH);
    }

    @Test
    void pickOverallNIsOnRowNPlusOneInColumnsDToG() {
        assertThat(SheetLayout.rowOf(1)).isEqualTo(2);
        assertThat(SheetLayout.rowOf(512)).isEqualTo(513);
        assertThat(layout.range(1, 512)).isEqualTo("'Ordered List'!D2:G513");
        assertThat(layout.range(5, 5)).isEqualTo("'Ordered List'!D6:G6");
    }

    @Test
    void startColumnAndTabAreConfigurable() {
        assertThat(new SheetLayout("Bob's", "b").range(3, 4)).isEqualTo("'Bob''s'!B4:E5");
        assertThatThrownBy(() -> new SheetLayout("T", "X")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SheetLayout("T", "AA")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SheetLayout(" ", "D")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cellsAreOriginalOwnerOwnerPlayerAndSwarAsANumber() {
        assertThat(SheetLayout.cells(pick(1, "DRM", "LMA", "José Ramírez", 0.65)))
                .containsExactly("DRM", "LMA", "José Ramírez", 0.65);
        // Reference fallbacks: no original owner → the owner; no owner → "???".
        assertThat(SheetLayout.cells(pick(1, null, "LMA", "X", 1))).containsExactly("LMA", "LMA", "X", 1.0);
        assertThat(SheetLayout.cells(pick(1, null, null, "X", 1))).containsExactly("???", "???", "X", 1.0);
        assertThat(SheetLayout.cells(null)).isEqualTo(SheetLayout.BLANK);
    }

    @Test
    void consecutivePicksShareABlockAndGapsSplitIt() {
        TreeMap<Integer, List<Object>> rows = new TreeMap<>();
        rows.put(1, List.of("a"));
        rows.put(2, List.of("b"));
        rows.put(3, List.of("c"));
        rows.put(7, List.of("d"));
        rows.put(9, List.of("e"));
        rows.put(10, List.of("f"));
        assertThat(layout.blocks(rows)).extracting(RowBlock::range)
                .containsExactly("'Ordered List'!D2:G4", "'Ordered List'!D8:G8", "'Ordered List'!D10:G11");
        assertThat(layout.blocks(rows).get(2).rows()).containsExactly(List.of("e"), List.of("f"));
        assertThat(layout.blocks(new TreeMap<>())).isEmpty();
    }

    @Test
    void aSeasonIsOneBlockFromPickOneWithBlanksForMissingPicks() {
        RowBlock season = layout.season(Map.of(2, pick(2, "A", "B", "P", 2.5)), 4);
        assertThat(season.range()).isEqualTo("'Ordered List'!D2:G5");
        assertThat(season.rows()).containsExactly(SheetLayout.BLANK, List.of("A", "B", "P", 2.5),
                SheetLayout.BLANK, SheetLayout.BLANK);
        // A pick past the configured total still gets written.
        assertThat(layout.season(Map.of(6, pick(6, "A", "B", "P", 1)), 4).range()).isEqualTo("'Ordered List'!D2:G7");
    }
}
