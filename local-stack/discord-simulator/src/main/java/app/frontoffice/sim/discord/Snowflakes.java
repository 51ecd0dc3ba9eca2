package app.frontoffice.sim.discord;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Mints Discord-style ids.
 *
 * <p>JDA reads meaning out of an id's timestamp bits: an interaction expires 15 minutes after the
 * time in its id, and purge only bulk-deletes message ids younger than 14 days. So ids must carry
 * the current time, not be small counters. The low 22 bits hold a counter so ids minted in the same
 * millisecond stay unique and increasing.
 */
final class Snowflakes {

    /** The Discord epoch, 2015-01-01T00:00:00Z. */
    static final long DISCORD_EPOCH = 1420070400000L;

    private static final AtomicLong COUNTER = new AtomicLong();
    private static final AtomicLong LAST = new AtomicLong();

    private Snowflakes() {
    }

    /** A fresh id whose timestamp is now; strictly greater than every id minted before it. */
    static String next() {
        long candidate = ((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (COUNTER.incrementAndGet() & 0x3FFFFF);
        return Long.toString(LAST.accumulateAndGet(candidate, (prev, c) -> c > prev ? c : prev + 1));
    }

    /** The creation time encoded in an id (0 for ids that are not numbers). */
    static Instant timeOf(String id) {
        try {
            return Instant.ofEpochMilli((Long.parseLong(id) >>> 22) + DISCORD_EPOCH);
        } catch (NumberFormatException e) {
            return Instant.EPOCH;
        }
    }
}
