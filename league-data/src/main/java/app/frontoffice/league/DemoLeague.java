package app.frontoffice.league;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The committed demo league and its guild seed, as shipped on the classpath. */
public final class DemoLeague {

    public static final String LEAGUE_RESOURCE = "/demo-league.json";
    public static final String GUILD_RESOURCE = "/demo-guild.json";

    private DemoLeague() {
    }

    public static LeagueFile load() {
        return LeagueFiles.parse(leagueJson());
    }

    public static String leagueJson() {
        return resource(LEAGUE_RESOURCE);
    }

    /** The Discord simulator's seed for the demo guild. */
    public static String guildSeedJson() {
        return resource(GUILD_RESOURCE);
    }

    private static String resource(String name) {
        try (InputStream in = DemoLeague.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
