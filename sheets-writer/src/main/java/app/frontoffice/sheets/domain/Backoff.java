package app.frontoffice.sheets.domain;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential back-off with jitter for failed Sheets calls (429, 5xx, I/O): the ceiling doubles per
 * attempt up to {@code max}, and the actual wait is drawn from the upper half of it, so several
 * writers that failed together do not retry in lock-step, yet each still waits at least half the ceiling.
 */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private final DoubleSupplier random;

    /** @param random values in [0, 1); {@code Math::random} in production, fixed in tests */
    public Backoff(Duration initial, Duration max, DoubleSupplier random) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max");
        }
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** The ceiling for the given attempt (1 = first retry): initial × 2^(attempt−1), at most {@code max}. */
    public Duration ceiling(int attempt) {
        int doublings = Math.min(Math.max(attempt, 1) - 1, 30);
        long millis = initial.toMillis() << doublings;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }

    /** How long to wait before the given retry: between half the ceiling and the ceiling. */
    public Duration delay(int attempt) {
        long ceiling = ceiling(attempt).toMillis();
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (ceiling - half)));
    }
}
