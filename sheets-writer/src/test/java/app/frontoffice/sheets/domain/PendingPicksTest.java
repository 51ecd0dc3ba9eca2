package app.frontoffice.sheets.domain;

import app.frontoffice.events.draft.PickMade;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PendingPicksTest {

    private static final Instant T0 = Instant.parse("2026-12-03T12:00:00Z");
    private final PendingPicks pending = new PendingPicks();
    private final AtomicInteger acks = new AtomicInteger();

    private static PickKey key(int overall) {
        return new PickKey("L", 13, overall);
    }

    private static PickMade pick(int overall, String name) {
        return SheetLayoutTest.pick(overall, "A", "B", name, 1);
    }

    @Test
    void onlyTheLastStatePerKeyIsKeptButEveryRecordIsAcknowledged() {
        pending.add(key(1), pick(1, "first"), 0, 10, acks::incrementAndGet, T0);
        pending.add(key(2), pick(2, "other"), 0, 11, acks::incrementAndGet, T0.plusMillis(5));
        pending.add(key(1), pick(1, "second"), 0, 12, acks::incrementAndGet, T0.plusMillis(10));
        pending.add(key(1), null, 0, 13, acks::incrementAndGet, T0.plusMillis(20));
        assertThat(pending.size()).isEqualTo(2);
        assertThat(pending.oldest()).contains(T0);
        assertThat(pending.lastChange()).isEqualTo(T0.plusMillis(20));

        List<PendingPick> batch = pending.drain();
        assertThat(pending.size()).isZero();
        PendingPick one = batch.stream().filter(p -> p.key().overall() == 1).findFirst().orElseThrow();
        assertThat(one.pick()).isNull(); // the tombstone came last
        assertThat(one.offset()).isEqualTo(13);
        batch.forEach(PendingPick::acknowledge);
        assertThat(acks).hasValue(4);
    }

    @Test
    void aRequeuedFailureNeverOverwritesANewerStateThatArrivedMeanwhile() {
        pending.add(key(1), pick(1, "old"), 0, 10, acks::incrementAndGet, T0);
        pending.add(key(2), pick(2, "two"), 0, 11, acks::incrementAndGet, T0);
        List<PendingPick> failed = pending.drain();
        pending.add(key(1), pick(1, "new"), 0, 12, acks::incrementAndGet, T0.plusSeconds(1));
        pending.requeue(failed);

        List<PendingPick> retry = pending.drain();
        assertThat(retry).hasSize(2);
        PendingPick one = retry.stream().filter(p -> p.key().overall() == 1).findFirst().orElseThrow();
        assertThat(one.pick().playerName()).isEqualTo("new");
        assertThat(one.since()).isEqualTo(T0);
        retry.forEach(PendingPick::acknowledge);
        assertThat(acks).hasValue(3);
    }

    @Test
    void aRevokedPartitionsPicksAreDroppedUnacknowledged() {
        pending.add(key(1), pick(1, "p0"), 0, 10, acks::incrementAndGet, T0);
        pending.add(new PickKey("M", 13, 1), pick(1, "p1"), 1, 10, acks::incrementAndGet, T0);
        assertThat(pending.discardPartitions(Set.of(0))).isEqualTo(1);
        assertThat(pending.drain()).extracting(p -> p.key().leagueId()).containsExactly("M");
        assertThat(acks).hasValue(0);
    }

    @Test
    void labelsNameThePickForTheNotice() {
        pending.add(key(12), pick(12, "Mike Trout"), 0, 1, () -> { }, T0);
        pending.add(key(13), null, 0, 2, () -> { }, T0);
        assertThat(pending.drain()).extracting(PendingPick::label).containsExactly("#12 (Mike Trout)", "#13 (cleared)");
    }
}
