package app.frontoffice.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service running as a child JVM from its Quarkus fast-jar, with its log in the state folder.
 */
final class ServiceProcess {

    private final String name;
    private final Path jar;
    private final int httpPort;
    private final Map<String, String> env;
    private final Path logFile;
    private Process process;

    ServiceProcess(String name, Path jar, int httpPort, Map<String, String> env, Path logFile) {
        this.name = name;
        this.jar = jar;
        this.httpPort = httpPort;
        this.env = env;
        this.logFile = logFile;
    }

    String name() {
        return name;
    }

    int httpPort() {
        return httpPort;
    }

    Path logFile() {
        return logFile;
    }

    void start() {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(name + " is not built (" + jar + "): run ./mvnw -B install -DskipTests first");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        try {
            Files.createDirectories(logFile.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** Waits until the service's readiness probe answers UP. */
    void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + logFile);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready after " + timeout.toSeconds() + " s; see " + logFile);
    }

    /** Asks the service to stop (SIGTERM: Quarkus shuts down gracefully) without waiting. */
    void requestStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /** Stops the service and waits for it; kills it if it lingers. */
    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
