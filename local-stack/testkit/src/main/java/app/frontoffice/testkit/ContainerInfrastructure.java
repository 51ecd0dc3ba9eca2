package app.frontoffice.testkit;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The opt-in path for machines with Docker: the same tests on a Kafka and a PostgreSQL container. */
final class ContainerInfrastructure implements Infrastructure {

    private final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
    private final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:16-alpine");

    ContainerInfrastructure() {
        kafka.start();
        postgres.start();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public synchronized String jdbcUrl(String database) {
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl(), dbUser(), dbPassword());
             Statement s = c.createStatement()) {
            s.execute("select 1"); // the container's own database always exists
            if (!c.createStatement().executeQuery("select 1 from pg_database where datname = '" + database + "'").next()) {
                s.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
        return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getFirstMappedPort() + "/" + database;
    }

    @Override
    public String dbUser() {
        return postgres.getUsername();
    }

    @Override
    public String dbPassword() {
        return postgres.getPassword();
    }

    @Override
    public void stopKafka() {
        // Pausing keeps the container's address and data, like stopping the embedded broker.
        kafka.getDockerClient().pauseContainerCmd(kafka.getContainerId()).exec();
    }

    @Override
    public void startKafka() {
        kafka.getDockerClient().unpauseContainerCmd(kafka.getContainerId()).exec();
    }
}
