package app.frontoffice.draft.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PickOrderTest {

    private static final List<String> SLOTS = IntStream.rangeClosed(1, 16).mapToObj(i -> "T" + i).toList();
    private final PickOrder order = new PickOrder(DraftFormat.STANDARD, SLOTS);

    @Test
    void originalOwnersFollowLinearThenSnake() {
        assertThat(order.originalOwner(1)).isEqualTo("T1");
        assertThat(order.originalOwner(16)).isEqualTo("T16");
        assertThat(order.originalOwner(160)).isEqualTo("T16");
        assertThat(order.originalOwner(161)).isEqualTo("T16");
        assertThat(order.originalOwner(176)).isEqualTo("T1");
        assertThat(order.originalOwner(177)).isEqualTo("T1");
        assertThat(order.originalOwner(512)).isEqualTo("T16");
    }

    @Test
    void everyTeamGetsOnePickPerRound() {
        List<PickOrder.InitialPick> table = order.initialTable(Map.of());
        assertThat(table).hasSize(512);
        for (int round = 1; round <= 32; round++) {
            int r = round;
            assertThat(table.stream().filter(p -> p.round() == r).map(PickOrder.InitialPick::owner).distinct())
                    .hasSize(16);
        }
    }

    @Test
    void tradedPicksChangeOwnerButKeepOriginalOwner() {
        List<PickOrder.InitialPick> table = order.initialTable(Map.of(161, "T3"));
        PickOrder.InitialPick pick = table.get(160);
        assertThat(pick).isEqualTo(new PickOrder.InitialPick(161, 11, "T16", "T3"));
        assertThat(pick.traded()).isTrue();
        assertThat(table.get(0).traded()).isFalse();
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> new PickOrder(DraftFormat.STANDARD, List.of("A", "B")))
                .isInstanceOf(IllegalArgumentException.class);
        List<String> twice = new java.util.ArrayList<>(SLOTS);
        twice.set(15, "T1");
        assertThatThrownBy(() -> new PickOrder(DraftFormat.STANDARD, twice))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> order.initialTable(Map.of(513, "T1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> order.initialTable(Map.of(5, "XYZ"))).isInstanceOf(IllegalArgumentException.class);
    }
}
