package app.frontoffice.launcher;

import app.frontoffice.league.LeagueFile;
import app.frontoffice.league.LeagueFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Seeds a fresh state folder with a league: the league office and the draft each import their part
 * of the league file over their admin API. A state folder that already holds a league keeps it —
 * re-importing the original file would undo everything that happened since (draft picks, moves).
 */
final class LeagueImport {

    private final Path marker;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    LeagueImport(Path stateDir, PrintStream out) {
        this.marker = stateDir.resolve("league-imported");
        this.out = out;
    }

    boolean alreadyImported() {
        return Files.exists(marker);
    }

    String importedLeagueName() throws IOException {
        return Files.readString(marker).trim();
    }

    void importInto(LeagueFile league, String description, int... servicePorts) throws IOException, InterruptedException {
        String body = LeagueFiles.write(league);
        for (int port : servicePorts) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/leagues/import"))
                    .timeout(Duration.ofMinutes(2))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("importing " + description + " into the service on port " + port
                        + " failed (" + response.statusCode() + "): " + response.body());
            }
        }
        Files.writeString(marker, description + System.lineSeparator());
        out.println("Imported " + description + ".");
    }
}
