package app.frontoffice.testkit;

import java.nio.file.Path;

/**
 * A real KRaft broker in this JVM and a real PostgreSQL child process, both under the module's
 * {@code target/} so a killed JVM leaves nothing in /tmp.
 */
final class EmbeddedInfrastructure implements Infrastructure {

    private final EmbeddedKafka kafka;
    private final EmbeddedPostgresServer postgres;

    EmbeddedInfrastructure() {
        Path target = Path.of("target").toAbsolutePath();
        kafka = EmbeddedKafka.temporary(target.resolve("embedded-kafka")).start();
        KafkaTopics.ensure(kafka.bootstrapServers());
        postgres = EmbeddedPostgresServer.start(0, null, target.resolve("embedded-postgres"));
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "embedded-infrastructure-stop"));
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String jdbcUrl(String database) {
        return postgres.ensureDatabase(database);
    }

    @Override
    public String dbUser() {
        return EmbeddedPostgresServer.USER;
    }

    @Override
    public String dbPassword() {
        return EmbeddedPostgresServer.PASSWORD;
    }

    @Override
    public void stopKafka() {
        kafka.stop();
    }

    @Override
    public void startKafka() {
        kafka.start();
    }

    private void close() {
        kafka.close();
        postgres.close();
    }
}
