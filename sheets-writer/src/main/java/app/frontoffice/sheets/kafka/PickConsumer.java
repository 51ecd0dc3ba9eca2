package app.frontoffice.sheets.kafka;

import app.frontoffice.events.EventCodec;
import app.frontoffice.events.EventParseException;
import app.frontoffice.events.EventTypes;
import app.frontoffice.events.draft.PickMade;
import app.frontoffice.sheets.PickSync;
import app.frontoffice.sheets.domain.PickKey;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The live consumer of {@code draft.pick-made}. It returns at once so the next record can be read
 * while the writer coalesces, but it does not acknowledge: {@link PickSync} acknowledges each record
 * after its pick is written, and the throttled commit strategy commits only offsets below the first
 * unacknowledged record. Unreadable records are nacked to the dead-letter topic.
 */
@ApplicationScoped
public class PickConsumer {

    private static final Logger LOG = Logger.getLogger(PickConsumer.class);

    private final PickSync sync;

    public PickConsumer(PickSync sync) {
        this.sync = sync;
    }

    @Incoming("pick-made")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public CompletionStage<Void> onRecord(Message<String> message) {
        Optional<IncomingKafkaRecordMetadata> metadata = message.getMetadata(IncomingKafkaRecordMetadata.class);
        if (metadata.isEmpty()) {
            return message.ack();
        }
        IncomingKafkaRecordMetadata<?, ?> record = metadata.get();
        Optional<PickKey> key = PickKey.parse(record.getKey() == null ? null : record.getKey().toString());
        if (key.isEmpty()) {
            LOG.warnf("Record at offset %d has no pick key (%s); dead-lettering it", record.getOffset(), record.getKey());
            return message.nack(new IllegalArgumentException("not a pick key: " + record.getKey()));
        }
        PickMade pick = null;
        if (message.getPayload() != null) {
            try {
                pick = EventCodec.payload(EventCodec.decode(message.getPayload()), EventTypes.PICK_MADE);
            } catch (EventParseException e) {
                LOG.warnf("Unreadable pick %s at offset %d: %s; dead-lettering it", key.get(), record.getOffset(),
                        e.getMessage());
                return message.nack(e);
            }
        }
        sync.accept(key.get(), pick, record.getPartition(), record.getOffset(), message::ack);
        return CompletableFuture.completedFuture(null);
    }
}
