package app.frontoffice.testkit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) running in this JVM.
 *
 * <p>Its log directory is kept across {@link #stop()}/{@link #start()}, so a test can stop the
 * broker, check that nothing is lost, and bring it back on the same port with the same data; the
 * local stack uses the same property to resume a league after a restart. Storage is formatted only
 * the first time a directory is used.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final int NODE_ID = 1;

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private final boolean deleteOnClose;
    private KafkaRaftServer server;

    private EmbeddedKafka(Path logDir, int port, int controllerPort, boolean deleteOnClose) {
        this.logDir = logDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.deleteOnClose = deleteOnClose;
    }

    /** A broker on free ports with a fresh directory that is deleted on {@link #close()}. */
    public static EmbeddedKafka temporary(Path parent) {
        try {
            Files.createDirectories(parent);
            return new EmbeddedKafka(Files.createTempDirectory(parent, "kraft-"), freePort(), freePort(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker that keeps its data in {@code logDir} (port 0 picks a free one). */
    public static EmbeddedKafka persistent(Path logDir, int port, int controllerPort) {
        return new EmbeddedKafka(logDir, port == 0 ? freePort() : port,
                controllerPort == 0 ? freePort() : controllerPort, false);
    }

    public synchronized EmbeddedKafka start() {
        if (server != null) {
            return this;
        }
        try {
            Files.createDirectories(logDir);
            Properties props = brokerProperties();
            KafkaConfig config = KafkaConfig.fromProps(props, false);
            // A directory formatted by an earlier run is reused as it is: that is what keeps the data.
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                new Formatter()
                        .setClusterId(Uuid.randomUuid().toString())
                        .setNodeId(NODE_ID)
                        .setControllerListenerName("CONTROLLER")
                        .setMetadataLogDirectory(logDir.toString())
                        .addDirectory(logDir.toString())
                        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                        .run();
            }
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            return this;
        } catch (Exception e) {
            throw new IllegalStateException("Embedded Kafka could not start on port " + port + " in " + logDir, e);
        }
    }

    /** Stops the broker but keeps its data, so {@link #start()} brings the same topics back. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path logDir() {
        return logDir;
    }

    @Override
    public void close() {
        stop();
        if (deleteOnClose) {
            Directories.deleteRecursively(logDir);
        }
    }

    private Properties brokerProperties() {
        Properties p = new Properties();
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("process.roles", "broker,controller");
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("log.dirs", logDir.toString());
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("min.insync.replicas", "1");
        p.put("num.partitions", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // Kafka's default 128 MiB cleaner buffer is allocated on the heap; compaction here is tiny.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        p.put("auto.create.topics.enable", "true");
        return p;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
