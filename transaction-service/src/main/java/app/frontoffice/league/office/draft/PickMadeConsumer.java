package app.frontoffice.league.office.draft;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code draft.pick-made} (compacted, key {@code leagueId:season:overall}). The whole record
 * value or tombstone is needed, hence the {@link ConsumerRecord}. Applying a pick is idempotent, so a
 * redelivery or a replay of the topic from the start changes nothing; a record that cannot be read
 * goes to {@code draft.pick-made.dlq}.
 */
@ApplicationScoped
public class PickMadeConsumer {

    @Inject
    DraftRosterMoves moves;

    @Incoming("draft-picks")
    @Blocking(ordered = true)
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        moves.onRecord(record.key(), record.value());
    }
}
