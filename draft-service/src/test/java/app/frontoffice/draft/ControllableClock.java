package app.frontoffice.draft;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock every draft-service test runs on: real time plus an offset the test can move forward,
 * so a whole draft's deadlines pass in seconds without sleeping. As a bean of type {@link Clock} it
 * replaces the application's default clock.
 */
@Singleton
public class ControllableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Moves time to {@code instant} (never backwards). */
    public void advanceTo(Instant instant) {
        Duration by = Duration.between(instant(), instant);
        if (!by.isNegative()) {
            advance(by);
        }
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
