package app.frontoffice.draft;

import app.frontoffice.league.DemoLeague;
import app.frontoffice.league.DraftConfig;
import app.frontoffice.league.League;
import app.frontoffice.league.LeagueFile;
import app.frontoffice.league.LeagueFiles;
import app.frontoffice.league.Player;
import app.frontoffice.league.Team;
import app.frontoffice.league.TradedPick;
import io.restassured.http.ContentType;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;

/** The demo league under a fresh id with a short draft, imported into draft-service over its admin API. */
final class TestLeague {

    private static final AtomicLong IDS = new AtomicLong(800000000000100000L + (System.nanoTime() % 100000) * 100);

    final LeagueFile file;

    private TestLeague(LeagueFile file) {
        this.file = file;
    }

    /**
     * @param tradePick3 whether pick #3 belongs to the last slot's team instead of its own
     */
    static TestLeague withRounds(int rounds, boolean tradePick3) {
        LeagueFile demo = DemoLeague.load();
        League l = demo.league();
        League league = new League(String.valueOf(IDS.incrementAndGet()), l.name(), l.currentSeason(), 0, false,
                l.timezone(), l.freeAgentTeam(), l.rosterLimits(), l.defaultSwarCap(), l.adminRoleName());
        DraftConfig d = demo.draft();
        List<TradedPick> traded = tradePick3 ? List.of(new TradedPick(3, d.slotOrder().get(d.slotOrder().size() - 1))) : List.of();
        // The last round snakes, so a short draft still crosses the turn.
        DraftConfig draft = new DraftConfig(rounds, d.teamsPerRound(), Math.max(1, rounds - 1), d.slotOrder(), traded,
                2, "draft-pings", "draft-results", false, "sheet-key-test");
        return new TestLeague(new LeagueFile(league, demo.teams(), demo.players(), demo.standings(), demo.schedule(),
                draft, demo.discord()));
    }

    TestLeague importIntoDraftService() {
        given().contentType(ContentType.JSON).body(LeagueFiles.write(file))
                .post("/api/leagues/import").then().statusCode(200);
        return this;
    }

    String id() {
        return file.league().id();
    }

    String slotTeam(int slot) {
        return file.draft().slotOrder().get(slot - 1);
    }

    Team team(String abbrev) {
        return file.teams().stream().filter(t -> t.abbrev().equals(abbrev)).findFirst().orElseThrow();
    }

    String gmOf(String abbrev) {
        return team(abbrev).gmIds().get(0);
    }

    /** Free agents, best first: the ones every team wants. */
    List<Player> freeAgents() {
        return file.players().stream().filter(p -> p.team().equals(file.league().freeAgentTeam()))
                .sorted((a, b) -> Double.compare(b.swar(), a.swar())).toList();
    }
}
