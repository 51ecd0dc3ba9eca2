package app.frontoffice.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * Ctrl-C stops every service through the shutdown hook; a launcher killed with SIGKILL cannot. It
 * therefore writes its children's pids to the state folder, and the next start stops any of them
 * that are still running before it binds the same ports.
 */
final class OrphanedProcesses {

    private final Path pidFile;

    OrphanedProcesses(Path pidFile) {
        this.pidFile = pidFile;
    }

    void killLeftovers(PrintStream out) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        for (String line : lines) {
            Optional<ProcessHandle> handle = parse(line).flatMap(ProcessHandle::of);
            // Only our own services: a recycled pid may now belong to something else.
            if (handle.isPresent() && handle.get().isAlive() && isOurService(handle.get())) {
                out.println("Stopping a service left running by an earlier launcher (pid " + handle.get().pid() + ")");
                handle.get().destroy();
                handle.get().onExit().join();
            }
        }
        Files.delete(pidFile);
    }

    void remember(long pid) {
        try {
            Files.writeString(pidFile, pid + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void forgetAll() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isOurService(ProcessHandle handle) {
        return handle.info().commandLine().map(c -> c.contains("quarkus-run.jar")).orElse(false);
    }

    private static Optional<Long> parse(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
