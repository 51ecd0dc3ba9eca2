package app.frontoffice.sheets.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    @Test
    void theCeilingDoublesUpToTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), () -> 0.0);
        assertThat(java.util.stream.IntStream.rangeClosed(1, 7).mapToObj(backoff::ceiling).map(Duration::toMillis))
                .containsExactly(1000L, 2000L, 4000L, 8000L, 16000L, 30000L, 30000L);
        assertThat(backoff.ceiling(1_000)).isEqualTo(Duration.ofSeconds(30)); // no overflow
    }

    @Test
    void theDelayIsJitteredWithinTheUpperHalfOfTheCeiling() {
        Backoff low = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), () -> 0.0);
        Backoff high = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), () -> 0.999);
        assertThat(low.delay(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(high.delay(3).toMillis()).isBetween(3990L, 4000L);
        Backoff random = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), Math::random);
        for (int attempt = 1; attempt <= 10; attempt++) {
            long ceiling = random.ceiling(attempt).toMillis();
            assertThat(random.delay(attempt).toMillis()).isBetween(ceiling / 2, ceiling);
        }
    }
}
