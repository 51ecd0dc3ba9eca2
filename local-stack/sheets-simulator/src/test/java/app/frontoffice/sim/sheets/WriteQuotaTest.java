package app.frontoffice.sim.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WriteQuotaTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T12:00:00Z"));
    private final WriteQuota quota = new WriteQuota(clock);

    @Test
    void offByDefault() {
        for (int i = 0; i < 1000; i++) {
            assertThat(quota.tryAcquire()).isTrue();
        }
    }

    @Test
    void rollingWindowFreesSlotsAsTheyAgeOut() {
        quota.setWritesPerMinute(3);
        assertThat(quota.tryAcquire()).isTrue();
        clock.advance(Duration.ofSeconds(30));
        assertThat(quota.tryAcquire()).isTrue();
        assertThat(quota.tryAcquire()).isTrue();
        assertThat(quota.tryAcquire()).as("4th write within a minute").isFalse();

        clock.advance(Duration.ofSeconds(30)); // the first write is now exactly a minute old
        assertThat(quota.tryAcquire()).isTrue();
        assertThat(quota.tryAcquire()).isFalse();
    }

    @Test
    void refusedWritesDoNotUseUpTheQuota() {
        quota.setWritesPerMinute(1);
        assertThat(quota.tryAcquire()).isTrue();
        for (int i = 0; i < 10; i++) {
            assertThat(quota.tryAcquire()).isFalse();
        }
        clock.advance(Duration.ofSeconds(61));
        assertThat(quota.tryAcquire()).isTrue();
    }

    @Test
    void zeroTurnsItOff() {
        quota.setWritesPerMinute(1);
        quota.tryAcquire();
        quota.setWritesPerMinute(0);
        assertThat(quota.tryAcquire()).isTrue();
    }
}
