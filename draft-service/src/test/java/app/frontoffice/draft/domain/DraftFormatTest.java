package app.frontoffice.draft.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DraftFormatTest {

    private final DraftFormat format = DraftFormat.STANDARD;

    @Test
    void standardDraftHas512Picks() {
        assertThat(format.totalPicks()).isEqualTo(512);
        assertThat(format.isComplete(512)).isFalse();
        assertThat(format.isComplete(513)).isTrue();
    }

    @ParameterizedTest(name = "overall {0} is round {1}, pick {2}")
    @CsvSource({
            "1, 1, 1",
            "16, 1, 16",
            "17, 2, 1",
            "160, 10, 16",
            "161, 11, 1",
            "176, 11, 16",
            "177, 12, 16",
            "192, 12, 1",
            "193, 13, 1",
            "497, 32, 16",
            "512, 32, 1"
    })
    void roundAndPositionFollowTheReferenceLabels(int overall, int round, int position) {
        assertThat(format.roundOf(overall)).isEqualTo(round);
        assertThat(format.positionInRound(overall)).isEqualTo(position);
        assertThat(format.overallOf(round, position)).isEqualTo(overall);
    }

    @Test
    void inverseIsExactForEveryPick() {
        for (int overall = 1; overall <= 512; overall++) {
            PickSlot slot = format.slot(overall);
            assertThat(format.overallOf(slot.round(), slot.position())).isEqualTo(overall);
        }
    }

    @Test
    void displayString() {
        assertThat(format.display(1)).isEqualTo("Round 1, Pick 1 (Overall #1)");
        assertThat(format.display(177)).isEqualTo("Round 12, Pick 16 (Overall #177)");
        assertThat(format.display(512)).isEqualTo("Round 32, Pick 1 (Overall #512)");
    }

    @Test
    void roundNames() {
        assertThat(format.roundName(1)).isEqualTo("Round 1");
        assertThat(format.roundName(10)).isEqualTo("Round 10");
        assertThat(format.roundName(11)).isEqualTo("Round 11 (Snake Draft Begins)");
        assertThat(format.roundName(12)).isEqualTo("Round 12");
    }

    @Test
    void lastLinearPickAndFirstSnakePickBelongToTheSameSlot() {
        assertThat(format.originalSlotOf(160)).isEqualTo(16);
        assertThat(format.originalSlotOf(161)).isEqualTo(16);
        // and the snake turns again between rounds 11 and 12
        assertThat(format.originalSlotOf(176)).isEqualTo(1);
        assertThat(format.originalSlotOf(177)).isEqualTo(1);
        assertThat(format.originalSlotOf(192)).isEqualTo(16);
        assertThat(format.originalSlotOf(193)).isEqualTo(16);
        assertThat(format.originalSlotOf(512)).isEqualTo(16);
    }

    @Test
    void linearRoundsRepeatTheSlotOrder() {
        for (int round = 1; round <= 10; round++) {
            int first = (round - 1) * 16 + 1;
            assertThat(format.originalSlotOf(first)).isEqualTo(1);
            assertThat(format.originalSlotOf(first + 15)).isEqualTo(16);
        }
    }

    @Test
    void boardSequenceIsOrderWithinRound() {
        assertThat(format.sequenceInRound(177)).isEqualTo(1);
        assertThat(format.sequenceInRound(192)).isEqualTo(16);
    }

    @Test
    void rejectsNumbersOutsideTheDraft() {
        assertThatThrownBy(() -> format.roundOf(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> format.roundOf(513)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> format.overallOf(33, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> format.overallOf(1, 17)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DraftFormat(4, 4, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void smallerFormatsWork() {
        DraftFormat tiny = new DraftFormat(4, 4, 1);
        assertThat(tiny.totalPicks()).isEqualTo(16);
        assertThat(tiny.display(8)).isEqualTo("Round 2, Pick 1 (Overall #8)");
        assertThat(tiny.originalSlotOf(4)).isEqualTo(4);
        assertThat(tiny.originalSlotOf(5)).isEqualTo(4);
        assertThat(tiny.roundName(2)).isEqualTo("Round 2 (Snake Draft Begins)");
    }
}
