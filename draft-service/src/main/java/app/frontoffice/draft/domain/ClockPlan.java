package app.frontoffice.draft.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The exact instants at which the current pick's warnings and expiry fire.
 *
 * <p>The reference polled every 30/15/5 s and only warned when a poll happened to land in a
 * five-second window, so warnings were often missed. Scheduling each instant fixes that. A warning
 * is left out when its instant has passed (a restart after it must not send a stale "60 seconds
 * remaining") or when it would not come after the pick went on the clock (a 45 s clock has no
 * 60 s warning, and a 60 s clock needs none on top of the on-clock announcement).
 */
public record ClockPlan(List<ClockEvent> events) {

    public enum Kind {
        WARNING_60(60), WARNING_30(30), EXPIRY(0);

        private final int secondsRemaining;

        Kind(int secondsRemaining) {
            this.secondsRemaining = secondsRemaining;
        }

        public int secondsRemaining() {
            return secondsRemaining;
        }
    }

    public record ClockEvent(Kind kind, Instant at) {
        /** How long to wait from {@code now}; zero when the instant is due or past. */
        public Duration delayFrom(Instant now) {
            Duration delay = Duration.between(now, at);
            return delay.isNegative() ? Duration.ZERO : delay;
        }
    }

    public ClockPlan {
        events = List.copyOf(events);
    }

    /**
     * @param clockStartedAt when the pick went on the clock; null if unknown (then only the "already
     *                       past" rule applies)
     * @param deadline       when the pick expires; the expiry is always planned, even if overdue, so
     *                       an overdue pick is handled at once after a restart
     */
    public static ClockPlan plan(Instant clockStartedAt, Instant deadline, Instant now) {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(now, "now");
        List<ClockEvent> events = new ArrayList<>(3);
        for (Kind warning : List.of(Kind.WARNING_60, Kind.WARNING_30)) {
            Instant at = deadline.minusSeconds(warning.secondsRemaining());
            boolean past = at.isBefore(now);
            boolean notAfterStart = clockStartedAt != null && !at.isAfter(clockStartedAt);
            if (!past && !notAfterStart) {
                events.add(new ClockEvent(warning, at));
            }
        }
        events.add(new ClockEvent(Kind.EXPIRY, deadline));
        return new ClockPlan(events);
    }

    /** The plan for a draft state; empty when nothing should run (timer off, paused, complete). */
    public static ClockPlan forState(DraftFormat format, DraftStateView state, Instant now) {
        if (!state.timerOn() || state.paused() || state.deadline() == null
                || format.isComplete(state.currentOverall())) {
            return new ClockPlan(List.of());
        }
        return plan(state.clockStartedAt(), state.deadline(), now);
    }

    public Optional<ClockEvent> first() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(0));
    }

    public Optional<ClockEvent> expiry() {
        return events.stream().filter(e -> e.kind() == Kind.EXPIRY).findFirst();
    }
}
