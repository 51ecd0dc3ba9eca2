package app.frontoffice.support.league;

import app.frontoffice.events.EventCodec;
import app.frontoffice.events.EventTypes;
import app.frontoffice.events.league.CalendarState;
import app.frontoffice.events.league.PlayerState;
import app.frontoffice.events.league.TeamState;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class LeagueViewTest {

    static final String L = "900000000000000001";
    static final String OTHER = "900000000000000002";

    final LeagueView view = new LeagueView();

    static TeamState team(String league, String abbrev, String... gms) {
        return new TeamState(league, abbrev, abbrev + " short", abbrev + " long", "a6ce39", null, 32.0,
                List.of(gms), new TeamState.Affiliates(abbrev + "MiL", abbrev + "IL"));
    }

    static PlayerState player(int id, String name, String team) {
        return new PlayerState(L, id, name, 1.0, List.of("SS"), null, team);
    }

    void seed() {
        view.putTeam(team(L, "BCB", "100"));
        view.putTeam(team(L, "CFC", "200", "201"));
        view.putTeam(team(OTHER, "BCB", "300"));
        view.putPlayer(player(1, "José Ramírez", "BCB"));
        view.putPlayer(player(2, "Joe Ramsey", "BCBMiL"));
        view.putPlayer(player(3, "Anna Josefsson", "FA"));
        view.putPlayer(player(4, "Zoë Ortiz", "CFCIL"));
        view.putPlayer(player(5, "Bo Jo", "FA"));
    }

    @Test
    void findsTeamsByAbbrevInAnyCaseAndByGm() {
        seed();
        assertThat(view.team(L, "bcb")).get().extracting(TeamState::longName).isEqualTo("BCB long");
        assertThat(view.team(L, "XYZ")).isEmpty();
        assertThat(view.team("unknown-league", "BCB")).isEmpty();
        assertThat(view.teamOfGm(L, "201")).get().extracting(TeamState::abbrev).isEqualTo("CFC");
        assertThat(view.teamOfGm(L, "300")).as("a GM of another league").isEmpty();
        assertThat(view.teams(L)).extracting(TeamState::abbrev).containsExactly("BCB", "CFC");
        assertThat(view.teamOwningRoster(L, "bcbmil")).get().extracting(TeamState::abbrev).isEqualTo("BCB");
    }

    @Test
    void listsPlayersByRosterIncludingFreeAgentsAndByWholeTeam() {
        seed();
        assertThat(view.playersOn(L, "FA")).extracting(PlayerState::id).containsExactly(3, 5);
        assertThat(view.playersOn(L, "BCB")).extracting(PlayerState::id).containsExactly(1);
        assertThat(view.playersOfTeam(L, "BCB")).extracting(PlayerState::id).containsExactly(2, 1);
        assertThat(view.playersOfTeam(L, "CFC")).extracting(PlayerState::id).containsExactly(4);
        assertThat(view.player(L, 4)).get().extracting(PlayerState::name).isEqualTo("Zoë Ortiz");
        assertThat(view.player(OTHER, 4)).isEmpty();
    }

    @Test
    void searchesNamesWithoutCaseOrAccentsPrefixFirst() {
        seed();
        assertThat(view.playersByName(L, "jose", 10)).extracting(PlayerState::name)
                .containsExactly("José Ramírez", "Anna Josefsson");
        assertThat(view.playersByName(L, "RAM", 10)).extracting(PlayerState::name)
                .containsExactly("Joe Ramsey", "José Ramírez");
        assertThat(view.playersByName(L, "zoe", 10)).extracting(PlayerState::id).containsExactly(4);
        assertThat(view.playersByName(L, "jo", 10)).extracting(PlayerState::name)
                .as("name prefix, then word prefix, each by name")
                .containsExactly("Joe Ramsey", "José Ramírez", "Anna Josefsson", "Bo Jo");
        assertThat(view.playersByName(L, "r", 10)).extracting(PlayerState::name)
                .as("word prefix before anywhere")
                .containsExactly("Joe Ramsey", "José Ramírez", "Zoë Ortiz");
        assertThat(view.playersByName(L, "jo", 2)).hasSize(2);
        assertThat(view.playersByName(L, "", 3)).extracting(PlayerState::name)
                .containsExactly("Anna Josefsson", "Bo Jo", "Joe Ramsey");
        assertThat(view.playersByName(L, "nobody", 10)).isEmpty();
    }

    @Test
    void updatesReplaceAndTombstonesRemove() {
        seed();
        view.putPlayer(player(2, "Joe Ramsey", "CFC"));
        assertThat(view.playersOn(L, "CFC")).extracting(PlayerState::id).containsExactly(2);
        assertThat(view.playersOfTeam(L, "BCB")).extracting(PlayerState::id).containsExactly(1);

        LeagueViewFeed feed = new LeagueViewFeed(view);
        feed.player(L + ":2", null);
        feed.team(L + ":CFC", null);
        assertThat(view.player(L, 2)).isEmpty();
        assertThat(view.team(L, "CFC")).isEmpty();
        assertThat(view.team(OTHER, "BCB")).as("other leagues are untouched").isPresent();
    }

    @Test
    void theFeedReadsEnvelopesAndSkipsWhatItCannotRead() {
        LeagueViewFeed feed = new LeagueViewFeed(view);
        Clock clock = Clock.systemUTC();
        feed.team(L + ":BCB", EventCodec.encode(EventCodec.envelope(EventTypes.TEAM_STATE, L, null, team(L, "BCB"), clock)));
        feed.player(L + ":7", EventCodec.encode(EventCodec.envelope(EventTypes.PLAYER_STATE, L, null, player(7, "Ann", "FA"), clock)));
        feed.calendar(L, EventCodec.encode(EventCodec.envelope(EventTypes.CALENDAR_STATE, L, null,
                new CalendarState(L, 13, 2, true, "UTC"), clock)));
        feed.player(L + ":8", "{not json");
        feed.player("no-colon", null);
        feed.team(L + ":XYZ", EventCodec.encode(EventCodec.envelope(EventTypes.PLAYER_STATE, L, null, player(9, "Wrong", "FA"), clock)));

        assertThat(view.team(L, "BCB")).isPresent();
        assertThat(view.players(L)).extracting(PlayerState::id).containsExactly(7);
        assertThat(view.calendar(L)).get().extracting(CalendarState::week, CalendarState::freeze).containsExactly(2, true);
        assertThat(view.teams(L)).hasSize(1);
        feed.calendar(L, null);
        assertThat(view.calendar(L)).isEmpty();
    }

    @Test
    void readersAndAWriterCanRunAtOnce() throws Exception {
        seed();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        work.add(pool.submit(() -> {
            start.await();
            for (int i = 100; i < 2100; i++) {
                view.putPlayer(player(i, "Player " + i, i % 2 == 0 ? "FA" : "BCB"));
            }
            return null;
        }));
        for (int r = 0; r < 2; r++) {
            work.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 200; i++) {
                    assertThat(view.playersByName(L, "player 1", 5)).allSatisfy(p -> assertThat(p.name()).startsWith("Player 1"));
                    view.playersOn(L, "FA");
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : work) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(view.players(L)).hasSize(2005);
    }
}
