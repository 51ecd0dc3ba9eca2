package app.frontoffice.league.office;

import app.frontoffice.events.league.PlayerState;
import app.frontoffice.events.league.TeamState;
import app.frontoffice.league.League;
import app.frontoffice.league.LeagueFile;
import app.frontoffice.league.LeagueFiles;
import app.frontoffice.league.Player;
import app.frontoffice.league.ScheduledGame;
import app.frontoffice.league.Standing;
import app.frontoffice.league.Team;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class ImportDiffTest {

    static final LeagueFile SMALL = LeagueFiles.parse(smallLeagueJson());

    static String smallLeagueJson() {
        try (InputStream in = ImportDiffTest.class.getResourceAsStream("/leagues/small-league.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LeagueState state(LeagueFile file) {
        return LeagueState.of(file);
    }

    static LeagueState withPlayers(UnaryOperator<List<Player>> change) {
        LeagueFile f = SMALL;
        return state(new LeagueFile(f.league(), f.teams(), change.apply(new ArrayList<>(f.players())), f.standings(),
                f.schedule(), f.draft(), f.discord()));
    }

    @Test
    void aNewLeagueIsWrittenAndPublishedWhole() {
        ImportDiff diff = ImportDiff.of(state(SMALL));

        assertThat(diff.leagueChanged()).isTrue();
        assertThat(diff.calendarToPublish()).get().satisfies(c -> {
            assertThat(c.leagueId()).isEqualTo("900000000000000001");
            assertThat(c.season()).isEqualTo(4);
            assertThat(c.week()).isZero();
            assertThat(c.timezone()).isEqualTo("UTC");
        });
        assertThat(diff.teamsToWrite()).extracting(Team::abbrev).containsExactly("AAA", "BBB", "CCC", "DDD");
        assertThat(diff.teamsToPublish()).extracting(TeamState::abbrev, TeamState::swarCap)
                .as("the cap that applies: the league default, a real zero, the team's own")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("AAA", 32.0),
                        org.assertj.core.groups.Tuple.tuple("BBB", 0.0),
                        org.assertj.core.groups.Tuple.tuple("CCC", 30.5),
                        org.assertj.core.groups.Tuple.tuple("DDD", 32.0));
        assertThat(diff.playersToPublish()).extracting(PlayerState::id, PlayerState::team).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "AAA"), org.assertj.core.groups.Tuple.tuple(2, "BBBMiL"),
                org.assertj.core.groups.Tuple.tuple(3, "CCCIL"), org.assertj.core.groups.Tuple.tuple(4, "FA"));
        assertThat(diff.changes()).isEqualTo(new ImportDiff.Changes(1, 1, 4, 4, 2, 3));
    }

    @Test
    void theSameFileAgainChangesNothing() {
        ImportDiff diff = ImportDiff.between(Optional.of(state(SMALL)), state(LeagueFiles.parse(smallLeagueJson())));

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.changes()).isEqualTo(new ImportDiff.Changes(0, 0, 0, 0, 0, 0));
        assertThat(diff.teamsToPublish()).isEmpty();
        assertThat(diff.playersToPublish()).isEmpty();
    }

    @Test
    void onlyWhatChangedIsWrittenAndPublished() {
        LeagueState moved = withPlayers(players -> {
            Player ash = players.get(3);
            players.set(3, new Player(ash.id(), ash.name(), ash.swar(), ash.positions(), ash.imageUrl(), "DDD"));
            players.remove(1);
            players.add(new Player(9, "New Guy", 0.1, List.of("C"), null, "FA"));
            return players;
        });

        ImportDiff diff = ImportDiff.between(Optional.of(state(SMALL)), moved);

        assertThat(diff.leagueChanged()).isFalse();
        assertThat(diff.calendarToPublish()).isEmpty();
        assertThat(diff.teamsToWrite()).isEmpty();
        assertThat(diff.teamsToPublish()).isEmpty();
        assertThat(diff.playersToPublish()).extracting(PlayerState::id, PlayerState::team).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "DDD"), org.assertj.core.groups.Tuple.tuple(9, "FA"));
        assertThat(diff.playersToRemove()).containsExactly(2);
        assertThat(diff.changes()).isEqualTo(new ImportDiff.Changes(0, 0, 0, 3, 0, 0));
    }

    @Test
    void aNewDefaultCapRepublishesTheTeamsWithoutACapOfTheirOwnButRewritesNone() {
        League l = SMALL.league();
        League richer = new League(l.id(), l.name(), l.currentSeason(), l.week(), l.freeze(), l.timezone(),
                l.freeAgentTeam(), l.rosterLimits(), 40.0, l.adminRoleName());
        LeagueState incoming = state(new LeagueFile(richer, SMALL.teams(), SMALL.players(), SMALL.standings(),
                SMALL.schedule(), SMALL.draft(), SMALL.discord()));

        ImportDiff diff = ImportDiff.between(Optional.of(state(SMALL)), incoming);

        assertThat(diff.leagueChanged()).isTrue();
        assertThat(diff.calendarToPublish()).as("season, week, freeze and zone are unchanged").isEmpty();
        assertThat(diff.teamsToWrite()).isEmpty();
        assertThat(diff.teamsToPublish()).extracting(TeamState::abbrev).containsExactly("AAA", "DDD");
        assertThat(diff.changes().teams()).isEqualTo(2);
    }

    @Test
    void aNewWeekOrFreezeIsACalendarChange() {
        League l = SMALL.league();
        League frozen = new League(l.id(), l.name(), l.currentSeason(), 3, true, l.timezone(),
                l.freeAgentTeam(), l.rosterLimits(), l.defaultSwarCap(), l.adminRoleName());
        ImportDiff diff = ImportDiff.between(Optional.of(state(SMALL)), state(new LeagueFile(frozen, SMALL.teams(),
                SMALL.players(), SMALL.standings(), SMALL.schedule(), SMALL.draft(), SMALL.discord())));

        assertThat(diff.calendarToPublish()).get().extracting(c -> c.week(), c -> c.freeze()).containsExactly(3, true);
        assertThat(diff.changes()).isEqualTo(new ImportDiff.Changes(1, 1, 0, 0, 0, 0));
    }

    @Test
    void standingsAndScheduleAreComparedRowByRow() {
        List<Standing> standings = List.of(new Standing("AAA", 11, 2), new Standing("CCC", 1, 1));
        List<ScheduledGame> schedule = new ArrayList<>(SMALL.schedule());
        schedule.set(0, new ScheduledGame(1, "AAA", "BBB", 1, true));
        schedule.remove(2);
        LeagueState incoming = state(new LeagueFile(SMALL.league(), SMALL.teams(), SMALL.players(), standings,
                schedule, SMALL.draft(), SMALL.discord()));

        ImportDiff diff = ImportDiff.between(Optional.of(state(SMALL)), incoming);

        assertThat(diff.standingsToWrite()).containsExactly(new Standing("AAA", 11, 2), new Standing("CCC", 1, 1));
        assertThat(diff.standingsToRemove()).containsExactly("BBB");
        assertThat(diff.gamesToWrite()).containsExactly(new ScheduledGame(1, "AAA", "BBB", 1, true));
        assertThat(diff.gamesToRemove()).containsExactly(new LeagueState.GameKey(1, "CCC", "DDD", 1));
        assertThat(diff.teamsToPublish()).isEmpty();
        assertThat(diff.changes()).isEqualTo(new ImportDiff.Changes(0, 0, 0, 0, 3, 2));
    }

    @Test
    void aTeamTheFileNoLongerListsIsRemoved() {
        List<Team> teams = SMALL.teams().subList(0, 3);
        LeagueState incoming = state(new LeagueFile(SMALL.league(), teams, SMALL.players(), SMALL.standings(),
                SMALL.schedule(), SMALL.draft(), SMALL.discord()));

        ImportDiff diff = ImportDiff.between(Optional.of(state(SMALL)), incoming);

        assertThat(diff.teamsToRemove()).containsExactly("DDD");
        assertThat(diff.changes().teams()).isEqualTo(1);
    }
}
