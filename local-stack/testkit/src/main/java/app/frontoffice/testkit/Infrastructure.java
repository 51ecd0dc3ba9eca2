package app.frontoffice.testkit;

/**
 * The broker and database a test JVM shares. Embedded by default (no Docker needed); with
 * {@code -Dfrontoffice.test.infra=testcontainers} or {@code FRONTOFFICE_TEST_INFRA=testcontainers}
 * the same tests run against containers instead.
 */
public interface Infrastructure {

    String kafkaBootstrapServers();

    /** The JDBC URL of {@code database}, created if it does not exist yet. */
    String jdbcUrl(String database);

    String dbUser();

    String dbPassword();

    /** Stops the broker, keeping its data, for tests of what happens while Kafka is down. */
    void stopKafka();

    /** Brings the broker back on the same address with the same data. */
    void startKafka();

    /** The one instance of this JVM, started on first use and stopped when the JVM exits. */
    static Infrastructure shared() {
        return SharedInfrastructure.get();
    }
}
