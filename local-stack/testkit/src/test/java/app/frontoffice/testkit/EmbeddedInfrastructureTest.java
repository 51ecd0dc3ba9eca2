package app.frontoffice.testkit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedInfrastructureTest {

    @Test
    void aRecordSurvivesABrokerRestartOnTheSameAddress() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.temporary(Path.of("target", "kafka-restart-test")).start()) {
            produce(kafka.bootstrapServers(), "before");
            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            kafka.start();
            produce(kafka.bootstrapServers(), "after");

            assertThat(consumeAll(kafka.bootstrapServers(), 2)).containsExactly("before", "after");
        }
    }

    @Test
    void eachServiceGetsItsOwnDatabaseOnARealPostgres() throws Exception {
        Infrastructure infra = Infrastructure.shared();
        String url = infra.jdbcUrl("testkit_check");
        assertThat(infra.jdbcUrl("testkit_check")).isEqualTo(url); // asking twice is harmless
        try (Connection c = DriverManager.getConnection(url, infra.dbUser(), infra.dbPassword());
             ResultSet rs = c.createStatement().executeQuery("select current_database(), version()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("testkit_check");
            assertThat(rs.getString(2)).startsWith("PostgreSQL");
        }
    }

    private static void produce(String bootstrap, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>("restart-check", "k", value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> consumeAll(String bootstrap, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "restart-check",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of("restart-check"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }
}
