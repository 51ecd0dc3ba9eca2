package app.frontoffice.support.kafka;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends records and waits until Kafka has acknowledged every one of them. The outbox relay needs
 * exactly that synchronous answer (mark published only after the ack), which is why it uses the
 * Kafka producer directly rather than a reactive-messaging emitter that would buffer in memory.
 */
@ApplicationScoped
public class RecordPublisher {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "frontoffice.kafka.send-timeout-ms", defaultValue = "5000")
    int sendTimeoutMs;

    private Producer<String, String> producer;

    public record OutgoingRecord(String topic, String key, String value) {
    }

    @PostConstruct
    void init() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                // Fail fast while the broker is away; the outbox keeps the records meanwhile.
                ProducerConfig.MAX_BLOCK_MS_CONFIG, sendTimeoutMs,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, sendTimeoutMs,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, sendTimeoutMs,
                ProducerConfig.LINGER_MS_CONFIG, 0));
    }

    public void publishAll(List<OutgoingRecord> records) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        for (OutgoingRecord r : records) {
            acks.add(producer.send(new ProducerRecord<>(r.topic(), r.key(), r.value())));
        }
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get(sendTimeoutMs * 2L, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge: " + e.getMessage(), e);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(2));
        }
    }
}
