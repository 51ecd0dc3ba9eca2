package app.frontoffice.sheets.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FlushPolicyTest {

    private static final Instant T0 = Instant.parse("2026-12-03T12:00:00Z");
    private static final Instant NEVER = Instant.EPOCH;
    private final FlushPolicy policy = new FlushPolicy(Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofMillis(1100));

    @Test
    void nothingPendingMeansNoWrite() {
        assertThat(policy.nextWrite(0, T0, T0, NEVER, NEVER)).isEmpty();
    }

    @Test
    void aSinglePickIsWrittenAfterTheQuietSpell() {
        assertThat(policy.nextWrite(1, T0, T0, NEVER, NEVER)).contains(T0.plusMillis(200));
    }

    @Test
    void aSteadyBurstIsWrittenNoLaterThanMaxLingerAfterItsFirstPick() {
        assertThat(policy.nextWrite(40, T0, T0.plusMillis(950), NEVER, NEVER)).contains(T0.plusSeconds(1));
    }

    @Test
    void writesAreSpacedToStayInsideTheQuota() {
        assertThat(policy.nextWrite(1, T0, T0, T0.minusMillis(100), NEVER)).contains(T0.plusMillis(1000));
    }

    @Test
    void aBackOffPostponesTheRetry() {
        assertThat(policy.nextWrite(3, T0, T0, NEVER, T0.plusSeconds(8))).contains(T0.plusSeconds(8));
    }
}
