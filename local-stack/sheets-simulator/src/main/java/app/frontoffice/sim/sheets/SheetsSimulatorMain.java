package app.frontoffice.sim.sheets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator as a process (local stack, screenshots):
 * {@code SheetsSimulatorMain --port 8701 [--host 127.0.0.1] [--load file]... [--draft-sheet id [--rounds 32] [--teams 16]]}.
 * Stops on SIGTERM/Ctrl-C.
 */
public final class SheetsSimulatorMain {

    private SheetsSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SheetsSimulator.Builder builder = SheetsSimulator.builder().port(8701);
        List<String> draftIds = new ArrayList<>();
        int rounds = 32;
        int teams = 16;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> builder.port(Integer.parseInt(require(args[i], value)));
                case "--host" -> builder.host(require(args[i], value));
                case "--load" -> builder.load(Path.of(require(args[i], value)));
                case "--draft-sheet" -> draftIds.add(require(args[i], value));
                case "--rounds" -> rounds = Integer.parseInt(require(args[i], value));
                case "--teams" -> teams = Integer.parseInt(require(args[i], value));
                case "--help", "-h" -> {
                    usage();
                    return;
                }
                default -> {
                    System.err.println("unknown argument: " + args[i]);
                    usage();
                    System.exit(2);
                }
            }
            i++; // every remaining flag takes one value
        }
        SheetsSimulator sim = builder.build().start();
        for (String id : draftIds) {
            sim.createDraftSheet(id, "Draft " + id, rounds, teams);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stopped.countDown();
        }, "sheets-sim-shutdown"));
        // Printed (not logged) so scripts can wait for it even without an SLF4J binding on the classpath.
        System.out.println("Sheets simulator ready at " + sim.rootUrl() + " (spreadsheets: "
                + sim.spreadsheets().stream().map(SpreadsheetSummary::id).toList() + ")");
        stopped.await();
    }

    private static String require(String flag, String value) {
        if (value == null) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return value;
    }

    private static void usage() {
        System.err.println("usage: SheetsSimulatorMain [--port N] [--host H] [--load file|dir]... "
                + "[--draft-sheet id]... [--rounds 32] [--teams 16]");
    }
}
