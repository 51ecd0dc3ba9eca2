package app.frontoffice.draft.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The draft's single state row.
 *
 * @param currentOverall  the pick on the clock; past the last pick once the draft is complete
 * @param pickClock       time on the clock for each pick (minutes and, new here, seconds)
 * @param clockStartedAt  when the current pick went on the clock, or null if unknown / timer off
 * @param deadline        when the current pick expires, or null while the timer is off
 * @param pingChannelId   where the team on the clock is pinged, or null
 * @param resultChannelId where each pick's card goes, or null
 */
public record DraftStateView(int currentOverall,
                             boolean timerOn,
                             boolean paused,
                             Duration pickClock,
                             Instant clockStartedAt,
                             Instant deadline,
                             String pingChannelId,
                             String resultChannelId) {
}
