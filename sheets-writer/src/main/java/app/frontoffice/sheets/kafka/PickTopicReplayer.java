package app.frontoffice.sheets.kafka;

import app.frontoffice.events.EventCodec;
import app.frontoffice.events.EventParseException;
import app.frontoffice.events.EventTypes;
import app.frontoffice.events.Topics;
import app.frontoffice.events.draft.PickMade;
import app.frontoffice.sheets.domain.PickKey;
import app.frontoffice.sheets.domain.SeasonReplay;
import app.frontoffice.sheets.domain.SheetTarget;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code draft.pick-made} from the beginning to its current end with a short-lived consumer of
 * its own (assigned, no group, nothing committed), so a resync sees every pick as it now stands
 * without disturbing the live consumer's offsets.
 */
@ApplicationScoped
public class PickTopicReplayer {

    private static final Logger LOG = Logger.getLogger(PickTopicReplayer.class);

    private final String bootstrapServers;
    private final Duration timeout;

    public PickTopicReplayer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                             @ConfigProperty(name = "draft-sheet.replay-timeout", defaultValue = "30s") Duration timeout) {
        this.bootstrapServers = bootstrapServers;
        this.timeout = timeout;
    }

    public Map<Integer, PickMade> replay(SheetTarget target) {
        SeasonReplay replay = new SeasonReplay(target);
        String prefix = PickKey.prefix(target);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "sheets-writer-replay",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000))) {
            List<PartitionInfo> infos = consumer.partitionsFor(Topics.DRAFT_PICK_MADE, timeout);
            List<TopicPartition> partitions = infos == null ? List.of() : infos.stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Replaying " + Topics.DRAFT_PICK_MADE + " took longer than " + timeout);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key() != null && record.key().startsWith(prefix)) {
                        PickKey.parse(record.key()).ifPresent(key -> apply(replay, key, record));
                    }
                }
            }
        }
        return replay.picks();
    }

    private static void apply(SeasonReplay replay, PickKey key, ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            replay.apply(key, null);
            return;
        }
        try {
            replay.apply(key, EventCodec.payload(EventCodec.decode(record.value()), EventTypes.PICK_MADE));
        } catch (EventParseException e) {
            // The live consumer dead-letters such a record; here it changes nothing, like there.
            LOG.warnf("Skipping unreadable %s record at offset %d: %s", record.topic(), record.offset(), e.getMessage());
        }
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
