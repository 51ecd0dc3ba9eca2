package app.frontoffice.draft.domain;

import static app.frontoffice.draft.domain.Fixtures.swars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapRuleTest {

    private final CapRule rule = CapRule.STANDARD;

    @Test
    void sixOrFewerPlayersAfterThePickCountNothing() {
        CapCheck check = rule.check(swars(9.0, 5), 9.0, (Double) null);
        assertThat(check.valid()).isTrue();
        assertThat(check.projectedTotal()).isZero();
        assertThat(check.cap()).isEqualTo(32.0);
        assertThat(rule.countedFor(6)).isZero();
        assertThat(rule.countedFor(7)).isEqualTo(1);
    }

    @Test
    void nineteenPlayersAfterThePickCountThirteenCheapest() {
        assertThat(rule.countedFor(19)).isEqualTo(13);
        List<Double> roster = new ArrayList<>(swars(1.0, 12));
        roster.addAll(swars(5.0, 6));
        // 12 × 1.0 plus the cheapest 5.0 (or the candidate when cheaper)
        CapCheck check = rule.check(roster, 0.5, (Double) null);
        assertThat(check.projectedTotal()).isCloseTo(12.5, within(1e-9));
        check = rule.check(roster, 7.0, (Double) null);
        assertThat(check.projectedTotal()).isCloseTo(17.0, within(1e-9));
    }

    @Test
    void thirtyTwoOrMorePlayersCountTwentySixAndIgnoreStars() {
        assertThat(rule.countedFor(32)).isEqualTo(26);
        assertThat(rule.countedFor(40)).isEqualTo(26);
        List<Double> roster = new ArrayList<>(swars(1.0, 26));
        roster.addAll(swars(20.0, 5));
        CapCheck check = rule.check(roster, 30.0, (Double) null);
        assertThat(check.projectedTotal()).isCloseTo(26.0, within(1e-9));
        assertThat(check.valid()).isTrue();
    }

    /** 31 players, so with the candidate all 26 cheapest count: 25 × 1.0 plus the candidate (the 10s are ignored). */
    private static List<Double> fullRoster() {
        List<Double> roster = new ArrayList<>(swars(1.0, 25));
        roster.addAll(swars(10.0, 6));
        return roster;
    }

    @Test
    void exactlyAtTheCapIsValidAndTheToleranceIsAThousandth() {
        List<Double> roster = fullRoster();
        assertThat(rule.check(roster, 7.0, (Double) null).valid()).isTrue();          // 25 + 7 = 32
        assertThat(rule.check(roster, 7.0009, (Double) null).valid()).isTrue();
        assertThat(rule.check(roster, 7.0011, (Double) null).valid()).isFalse();
    }

    @Test
    void floatSumsJustOverTheCapStillPass() {
        // 26 × 0.1 adds up to 2.6000000000000005 in binary floating point
        List<Double> roster = swars(0.1, 31);
        double sum = 0;
        for (int i = 0; i < 26; i++) {
            sum += 0.1;
        }
        assertThat(sum).isGreaterThan(2.6);
        assertThat(rule.check(roster, 0.1, 2.6).valid()).isTrue();
    }

    @Test
    void theTeamsOwnCapIsUsedAndZeroIsRespected() {
        List<Double> roster = fullRoster();
        assertThat(rule.check(roster, 6.0, 30.5).valid()).isFalse();
        assertThat(rule.check(roster, 6.0, 30.5).cap()).isEqualTo(30.5);
        assertThat(rule.check(roster, 5.5, Fixtures.NYY).valid()).isTrue();
        CapCheck zero = rule.check(swars(0.5, 10), 0.0, 0.0);    // 11 players: 5 counted = 2.00
        assertThat(zero.cap()).isZero();
        assertThat(zero.valid()).isFalse();
        assertThat(rule.check(swars(0.0, 10), 0.0, 0.0).valid()).isTrue();
        assertThat(rule.check(swars(9.0, 3), 9.0, 0.0).valid()).isTrue();   // nothing counted yet
    }

    @Test
    void defaultCapComesFromTheLeague() {
        CapRule rule = CapRule.withDefaultCap(40.0);
        assertThat(rule.capFor((Double) null)).isEqualTo(40.0);
        assertThat(rule.capFor(31.0)).isEqualTo(31.0);
    }
}
