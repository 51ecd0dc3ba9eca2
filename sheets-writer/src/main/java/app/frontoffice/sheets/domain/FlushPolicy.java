package app.frontoffice.sheets.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to write what is pending. A write waits for a short quiet spell so that a burst lands in one
 * call, but never longer than {@code maxLinger} after the oldest pending pick; and writes are spaced by
 * {@code minInterval} so one writer stays inside Google's 60 writes per minute however fast picks come.
 */
public record FlushPolicy(Duration quiet, Duration maxLinger, Duration minInterval) {

    public FlushPolicy {
        if (quiet.isNegative() || maxLinger.isNegative() || minInterval.isNegative()) {
            throw new IllegalArgumentException("flush durations must not be negative");
        }
    }

    /**
     * The instant of the next write, or empty when nothing is pending.
     *
     * @param oldest          when the oldest pending pick arrived
     * @param lastChange      when the newest pending pick arrived
     * @param lastWrite       when the last write started (EPOCH if none)
     * @param retryNotBefore  the end of the back-off after a failed write (EPOCH if none)
     */
    public Optional<Instant> nextWrite(int pending, Instant oldest, Instant lastChange, Instant lastWrite,
                                       Instant retryNotBefore) {
        if (pending == 0) {
            return Optional.empty();
        }
        Instant settled = min(lastChange.plus(quiet), oldest.plus(maxLinger));
        return Optional.of(max(max(settled, lastWrite.plus(minInterval)), retryNotBefore));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
