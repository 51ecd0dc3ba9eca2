package app.frontoffice.draft.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void roundsLikePython() {
        assertThat(Numbers.twoDp(2.5)).isEqualTo("2.50");
        assertThat(Numbers.twoDp(2.675)).isEqualTo("2.67");   // Python: 2.67; String.format: 2.68
        assertThat(Numbers.twoDp(0.125)).isEqualTo("0.12");   // exact tie, to even
        assertThat(Numbers.twoDp(32)).isEqualTo("32.00");
        assertThat(Numbers.twoDp(-1.5)).isEqualTo("-1.50");
        assertThat(Numbers.twoDp(-0.001)).isEqualTo("0.00");
    }
}
