package app.frontoffice.sim.sheets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Google's per-minute write quota, as a rolling 60-second window: at most {@code writesPerMinute} write
 * requests are accepted in any minute; the rest get 429 RESOURCE_EXHAUSTED. Rejected requests are not
 * counted, so a client that backs off gets through once the window has moved on.
 *
 * <p>The clock is injected so tests can move time forward instead of waiting a minute. Thread-safe.
 */
public final class WriteQuota {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Clock clock;
    private final Deque<Instant> accepted = new ArrayDeque<>();
    private int writesPerMinute;

    public WriteQuota(Clock clock) {
        this.clock = clock;
    }

    /** Sets the limit; 0 (or less) turns the quota off and forgets past writes. */
    public synchronized void setWritesPerMinute(int limit) {
        writesPerMinute = Math.max(0, limit);
        accepted.clear();
    }

    public synchronized int writesPerMinute() {
        return writesPerMinute;
    }

    /** Records a write if the quota allows it; returns false when it must be refused. */
    public synchronized boolean tryAcquire() {
        if (writesPerMinute <= 0) {
            return true;
        }
        Instant now = clock.instant();
        Instant windowStart = now.minus(WINDOW);
        while (!accepted.isEmpty() && !accepted.peekFirst().isAfter(windowStart)) {
            accepted.removeFirst();
        }
        if (accepted.size() >= writesPerMinute) {
            return false;
        }
        accepted.addLast(now);
        return true;
    }
}
