package app.frontoffice.draft.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How each draft command changes the clock (reference §1.9), as pure functions of the state and
 * {@code now}.
 *
 * <p>Where the reference parked a stopped clock at "now + 690 days", the deadline here is null:
 * a timer that is off has no deadline, and nothing gets scheduled for it.
 */
public final class DraftClock {

    /** The reference's fallback when the stored clock could not be read. */
    public static final Duration FALLBACK_PICK_CLOCK = Duration.ofMinutes(2);

    /** The clock-related columns of the draft state after a command. */
    public record Setting(boolean timerOn, boolean paused, Duration pickClock, Instant clockStartedAt,
                          Instant deadline) implements Outcome {
    }

    /** A refusal (shown as a warning embed where the reference warns). */
    public record Refused(String reason, String details, boolean warning) implements Outcome {
    }

    public sealed interface Outcome permits Setting, Refused {
    }

    private DraftClock() {
    }

    /**
     * {@code /draft-admin timer enabled:true [minutes] [seconds]}: a given non-zero duration becomes
     * the stored pick clock; either way the current pick gets a fresh full clock.
     */
    public static Outcome timerOn(DraftStateView state, Integer minutes, Integer seconds, Instant now) {
        Requested requested = requestedClock(state, minutes, seconds);
        if (requested.refused() != null) {
            return requested.refused();
        }
        Duration pickClock = requested.clock();
        return new Setting(true, state.paused(), pickClock, now, now.plus(pickClock));
    }

    public static Setting timerOff(DraftStateView state) {
        return new Setting(false, state.paused(), storedClock(state), null, null);
    }

    /** After a pick advances the draft (and after an admin set-pick): a full clock if the timer runs. */
    public static Setting advanced(DraftStateView state, Instant now) {
        Duration pickClock = storedClock(state);
        if (!state.timerOn()) {
            return new Setting(false, state.paused(), pickClock, null, null);
        }
        return new Setting(true, state.paused(), pickClock, now, now.plus(pickClock));
    }

    /** {@code /draft-admin reset-deadline [minutes] [seconds]}: refused while the timer is off. */
    public static Outcome resetDeadline(DraftStateView state, Integer minutes, Integer seconds, Instant now) {
        if (!state.timerOn()) {
            return new Refused("Timer Inactive",
                    "Draft timer is currently disabled. Enable it with `/draft-admin timer on` first.", true);
        }
        Requested requested = requestedClock(state, minutes, seconds);
        if (requested.refused() != null) {
            return requested.refused();
        }
        // A one-off extension: the stored pick clock stays as it was.
        Duration extra = requested.clock();
        return new Setting(true, state.paused(), storedClock(state), now, now.plus(extra));
    }

    /** Pausing also stops the timer, as in the reference. */
    public static Outcome pause(DraftStateView state) {
        if (state.paused()) {
            return new Refused("Already Paused", "The draft is already paused.", true);
        }
        return new Setting(false, true, storedClock(state), null, null);
    }

    /** Resuming always restarts the timer with a full clock, as in the reference. */
    public static Outcome resume(DraftStateView state, Instant now) {
        if (!state.paused()) {
            return new Refused("Not Paused", "The draft is not currently paused.", true);
        }
        Duration pickClock = storedClock(state);
        return new Setting(true, false, pickClock, now, now.plus(pickClock));
    }

    /** The stored clock, or the reference's two-minute fallback when none is usable. */
    public static Duration storedClock(DraftStateView state) {
        Duration stored = state.pickClock();
        return stored == null || stored.isZero() || stored.isNegative() ? FALLBACK_PICK_CLOCK : stored;
    }

    /**
     * The duration an admin asked for; none (or zero minutes with no seconds) means the stored clock,
     * like the reference's "minutes if given (non-zero)".
     */
    private static Requested requestedClock(DraftStateView state, Integer minutes, Integer seconds) {
        int m = minutes == null ? 0 : minutes;
        int s = seconds == null ? 0 : seconds;
        if (m < 0 || s < 0 || s > 59) {
            return new Requested(null, new Refused("Invalid Duration",
                    "Minutes must be 0 or more and seconds between 0 and 59.", false));
        }
        Duration requested = Duration.ofMinutes(m).plusSeconds(s);
        return new Requested(requested.isZero() ? storedClock(state) : requested, null);
    }

    private record Requested(Duration clock, Refused refused) {
    }
}
