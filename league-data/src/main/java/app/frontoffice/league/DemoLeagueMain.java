package app.frontoffice.league;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Re-makes the committed demo files: {@code DemoLeagueMain [leagueOut [guildOut]]}. Defaults are the
 * module's resources (run from {@code league-data/}); the guild seed goes next to the league file
 * unless a second path is given. The files are validated before they are written.
 */
public final class DemoLeagueMain {

    private DemoLeagueMain() {
    }

    public static void main(String[] args) throws IOException {
        Path leagueOut = Path.of(args.length > 0 ? args[0] : "src/main/resources/demo-league.json");
        Path guildOut = args.length > 1 ? Path.of(args[1]) : leagueOut.resolveSibling("demo-guild.json");
        String league = LeagueFiles.write(DemoLeagueGenerator.generate(DemoLeagueGenerator.DEFAULT_SEED));
        // Parse what will be written, not the object, so the file on disk is the one known to be valid.
        String guild = GuildSeeds.fromLeague(LeagueFiles.parse(league));
        write(leagueOut, league);
        write(guildOut, guild);
        System.out.println("wrote " + leagueOut + " and " + guildOut);
    }

    private static void write(Path path, String content) throws IOException {
        if (path.toAbsolutePath().getParent() != null) {
            Files.createDirectories(path.toAbsolutePath().getParent());
        }
        Files.writeString(path, content, StandardCharsets.UTF_8);
    }
}
