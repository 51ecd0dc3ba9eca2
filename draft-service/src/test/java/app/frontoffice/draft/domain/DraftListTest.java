package app.frontoffice.draft.domain;

import static app.frontoffice.draft.domain.Fixtures.fa;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DraftListTest {

    private static final PlayerView A = fa(1, "Alpha", 1.0, "SS");
    private static final PlayerView B = fa(2, "Bravo", 2.0, "C");
    private static final PlayerView C = fa(3, "Charlie", 3.0, "SP");
    private static final PlayerView D = fa(4, "Delta", 4.0, "RP");

    private final DraftList abc = DraftList.of(List.of(1L, 2L, 3L));

    private static DraftList updated(DraftListResult result) {
        assertThat(result).isInstanceOf(DraftListResult.Updated.class);
        return ((DraftListResult.Updated) result).list();
    }

    @Test
    void addWithoutRankAppends() {
        DraftListResult result = abc.add(D, null);
        assertThat(updated(result).playerIds()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(((DraftListResult.Updated) result).summary()).isEqualTo("✅ Added **Delta** at position **#4**");
        assertThat(abc.playerIds()).containsExactly(1L, 2L, 3L);   // unchanged
    }

    @Test
    void addAtRankShiftsTheRestDown() {
        DraftListResult result = abc.add(D, 2);
        assertThat(updated(result).entries()).containsExactly(
                new DraftList.Entry(1, 1L), new DraftList.Entry(2, 4L), new DraftList.Entry(3, 2L), new DraftList.Entry(4, 3L));
        assertThat(((DraftListResult.Updated) result).summary()).isEqualTo("✅ Added **Delta** at position **#2**");
        assertThat(updated(abc.add(D, 1)).playerIds()).containsExactly(4L, 1L, 2L, 3L);
        assertThat(updated(abc.add(D, 4)).playerIds()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(updated(DraftList.empty().add(D, 1)).playerIds()).containsExactly(4L);
    }

    @Test
    void rankOutsideOneToNPlusOneIsRefused() {
        assertThat(abc.add(D, 0)).isEqualTo(new DraftListResult.Refused("Invalid Rank", "Rank must be between 1 and 4.", false));
        assertThat(abc.add(D, 5)).isEqualTo(new DraftListResult.Refused("Invalid Rank", "Rank must be between 1 and 4.", false));
        assertThat(DraftList.empty().add(D, 2))
                .isEqualTo(new DraftListResult.Refused("Invalid Rank", "Rank must be between 1 and 1.", false));
    }

    @Test
    void aQueuedPlayerCannotBeAddedTwice() {
        assertThat(abc.add(B, null)).isEqualTo(
                new DraftListResult.Refused("Already in Queue", "Bravo is already in your draft queue.", false));
    }

    @Test
    void removeRenumbersContiguously() {
        DraftListResult result = abc.remove(B);
        assertThat(updated(result).entries()).containsExactly(new DraftList.Entry(1, 1L), new DraftList.Entry(2, 3L));
        assertThat(((DraftListResult.Updated) result).summary()).isEqualTo("✅ Removed **Bravo** from your draft queue.");
        assertThat(abc.remove(D)).isEqualTo(
                new DraftListResult.Refused("Not in Queue", "Delta is not in your draft queue.", false));
    }

    @Test
    void clear() {
        DraftListResult result = abc.clear();
        assertThat(updated(result).isEmpty()).isTrue();
        assertThat(((DraftListResult.Updated) result).summary()).isEqualTo("Cleared **3 players** from your draft queue.");
        assertThat(DraftList.empty().clear()).isEqualTo(
                new DraftListResult.Refused("Queue Empty", "Your draft queue is already empty.", true));
    }

    @Test
    void reorderNeedsTheSamePlayers() {
        assertThat(updated(abc.reorder(List.of(3L, 1L, 2L))).playerIds()).containsExactly(3L, 1L, 2L);
        assertThat(abc.reorder(List.of(3L, 1L))).isInstanceOf(DraftListResult.Refused.class);
        assertThat(abc.reorder(List.of(3L, 1L, 1L))).isInstanceOf(DraftListResult.Refused.class);
        assertThat(abc.reorder(List.of(3L, 1L, 4L))).isInstanceOf(DraftListResult.Refused.class);
    }

    @Test
    void moveUpAndDownSwapNeighbours() {
        assertThat(updated(abc.moveUp(B)).playerIds()).containsExactly(2L, 1L, 3L);
        assertThat(updated(abc.moveDown(B)).playerIds()).containsExactly(1L, 3L, 2L);
        assertThat(abc.moveUp(A)).isInstanceOf(DraftListResult.Refused.class);
        assertThat(abc.moveDown(C)).isInstanceOf(DraftListResult.Refused.class);
        assertThat(abc.moveUp(D)).isInstanceOf(DraftListResult.Refused.class);
    }

    @Test
    void storedRowsAreSortedAndCompacted() {
        DraftList list = DraftList.fromEntries(List.of(
                new DraftList.Entry(7, 3L), new DraftList.Entry(2, 1L), new DraftList.Entry(4, 2L)));
        assertThat(list.entries()).containsExactly(
                new DraftList.Entry(1, 1L), new DraftList.Entry(2, 2L), new DraftList.Entry(3, 3L));
        assertThat(DraftList.fromRanks(Map.of(9L, 2, 8L, 1)).playerIds()).containsExactly(8L, 9L);
        assertThat(DraftList.of(List.of(1L, 2L, 1L)).playerIds()).containsExactly(1L, 2L);
        assertThat(list.rankOf(3L)).hasValue(3);
        assertThat(list.rankOf(99L)).isEmpty();
        assertThat(list).isEqualTo(abc);
    }
}
