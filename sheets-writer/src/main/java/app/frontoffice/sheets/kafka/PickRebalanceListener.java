package app.frontoffice.sheets.kafka;

import app.frontoffice.events.Topics;
import app.frontoffice.sheets.PickSync;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a partition moves to another instance (or comes back after a rebalance), the picks of it that
 * were received but not written are forgotten here: they were never acknowledged, so whoever owns the
 * partition next reads them again from the committed offset. Two instances never write the same pick.
 */
@ApplicationScoped
@Identifier("sheets-writer.pick-made")
public class PickRebalanceListener implements KafkaConsumerRebalanceListener {

    private final PickSync sync;

    public PickRebalanceListener(PickSync sync) {
        this.sync = sync;
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        forget(partitions);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        forget(partitions);
    }

    private void forget(Collection<TopicPartition> partitions) {
        Set<Integer> ours = partitions.stream().filter(tp -> tp.topic().equals(Topics.DRAFT_PICK_MADE))
                .map(TopicPartition::partition).collect(Collectors.toSet());
        if (!ours.isEmpty()) {
            sync.partitionsRevoked(ours);
        }
    }
}
