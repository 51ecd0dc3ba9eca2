package app.frontoffice.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server (zonky's packaged binaries) running as a child process. Each service
 * gets its own database on it, as it would in production.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server. With a {@code dataDir} the cluster is kept and reused on the next start;
     * without one it is thrown away on close.
     */
    public static EmbeddedPostgresServer start(int port, Path dataDir, Path workDir) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port > 0) {
                builder.setPort(port);
            }
            if (workDir != null) {
                Files.createDirectories(workDir);
                builder.setOverrideWorkingDirectory(workDir.toFile());
            }
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL could not start", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates {@code database} unless it exists, and returns its JDBC URL. */
    public synchronized String ensureDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            boolean exists;
            try (PreparedStatement q = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                q.setString(1, database);
                try (ResultSet rs = q.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                try (Statement s = c.createStatement()) {
                    s.execute("create database " + database);
                }
            }
            return jdbcUrl(database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
