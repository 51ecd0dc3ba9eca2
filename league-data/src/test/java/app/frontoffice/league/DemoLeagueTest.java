package app.frontoffice.league;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo league is reproducible from its seed and looks like a league. To change it on purpose,
 * run {@code ./mvnw -B -o -pl league-data -am verify -Ddemo.update=true} (or {@link DemoLeagueMain})
 * and review the diff of the two committed files.
 */
class DemoLeagueTest {

    private static final Path LEAGUE_FILE = Path.of("src/main/resources/demo-league.json");
    private static final Path GUILD_FILE = Path.of("src/main/resources/demo-guild.json");

    private final LeagueFile demo = DemoLeagueGenerator.generate(DemoLeagueGenerator.DEFAULT_SEED);

    @Test
    void theCommittedFilesAreWhatTheGeneratorMakes() throws IOException {
        String league = LeagueFiles.write(demo);
        String guild = GuildSeeds.fromLeague(demo);
        if (Boolean.getBoolean("demo.update")) {
            Files.writeString(LEAGUE_FILE, league, StandardCharsets.UTF_8);
            Files.writeString(GUILD_FILE, guild, StandardCharsets.UTF_8);
        }

        // The files in the source tree, not the classpath copies, so that an update run passes at once.
        assertThat(normalised(Files.readString(LEAGUE_FILE))).isEqualTo(league);
        assertThat(normalised(Files.readString(GUILD_FILE))).isEqualTo(guild);
    }

    @Test
    void theShippedLeagueIsValidAndEqualsTheGeneratedOne() {
        assertThat(DemoLeague.load()).isEqualTo(demo);
        assertThat(normalised(DemoLeague.guildSeedJson())).isEqualTo(GuildSeeds.fromLeague(demo));
    }

    @Test
    void theSameSeedGivesTheSameLeagueAndAnotherSeedAnother() {
        assertThat(DemoLeagueGenerator.generate(DemoLeagueGenerator.DEFAULT_SEED)).isEqualTo(demo);
        LeagueFile other = DemoLeagueGenerator.generate(7L);
        assertThat(other).isNotEqualTo(demo);
        assertThat(LeagueFiles.parse(LeagueFiles.write(other))).isEqualTo(other);
        assertThat(other.league().id()).isNotEqualTo(demo.league().id());
    }

    @Test
    void isTheOffseasonBeforeSeason13() {
        League league = demo.league();
        assertThat(league.name()).isEqualTo("Demo Baseball Association");
        assertThat(league.currentSeason()).isEqualTo(13);
        assertThat(league.week()).isZero();
        assertThat(league.freeze()).isFalse();
        assertThat(league.timezone()).isEqualTo("America/New_York");
    }

    @Test
    void hasSixteenDistinctTeamsWithOneOrTwoGmsEach() {
        assertThat(demo.teams()).hasSize(16);
        assertThat(demo.teams()).extracting(Team::abbrev).doesNotHaveDuplicates().allMatch(a -> a.matches("[A-Z]{3}"));
        assertThat(demo.teams()).extracting(Team::colour).doesNotHaveDuplicates();
        assertThat(demo.teams()).allSatisfy(team -> assertThat(team.gmIds()).hasSizeBetween(1, 2));
        assertThat(demo.teams()).anySatisfy(team -> assertThat(team.gmIds()).hasSize(2));
        Set<String> gms = demo.teams().stream().flatMap(t -> t.gmIds().stream()).collect(Collectors.toSet());
        assertThat(demo.discord().adminUserIds()).hasSize(1).doesNotContainAnyElementsOf(gms);
    }

    @Test
    void playersLookLikeALeaguesPool() {
        List<Player> players = demo.players();
        assertThat(players).hasSizeBetween(600, 700);
        assertThat(players).extracting(Player::name).doesNotHaveDuplicates();
        List<Double> swar = players.stream().map(Player::swar).sorted().toList();
        assertThat(swar.get(swar.size() / 2)).isLessThan(1.5);
        assertThat(swar.get(swar.size() - 1)).isLessThanOrEqualTo(6.0).isGreaterThan(4.0);
        assertThat(swar.get(0)).isGreaterThanOrEqualTo(0.0);
        long stars = swar.stream().filter(s -> s >= 4.0).count();
        assertThat(stars).isBetween(3L, 40L);
        double pitcherShare = players.stream().filter(Positions::isPitcher).count() / (double) players.size();
        assertThat(pitcherShare).isBetween(0.40, 0.50);
        Set<String> primaries = players.stream().map(p -> p.positions().get(0)).collect(Collectors.toSet());
        assertThat(primaries).containsAll(List.of("C", "1B", "2B", "3B", "SS", "LF", "CF", "RF", "SP", "RP"));
        assertThat(players).anySatisfy(p -> assertThat(p.positions()).hasSizeGreaterThan(1));
    }

    @Test
    void aboutAThirdAreSignedAndTheRestAreFreeAgents() {
        Map<String, Long> byRoster = demo.players().stream().collect(Collectors.groupingBy(Player::team, Collectors.counting()));
        assertThat(byRoster.get("FA")).isGreaterThanOrEqualTo(400L);
        for (Team team : demo.teams()) {
            assertThat(byRoster.get(team.abbrev())).as(team.abbrev()).isBetween(13L, 17L);
            assertThat(byRoster.get(team.affiliates().minorLeague())).as(team.abbrev()).isBetween(1L, 6L);
            double mlSwar = demo.players().stream().filter(p -> p.team().equals(team.abbrev())).mapToDouble(Player::swar).sum();
            assertThat(mlSwar).as(team.abbrev() + " sWAR").isLessThanOrEqualTo(team.swarCapOr(demo.league().defaultSwarCap()));
            assertThat(demo.players()).filteredOn(p -> p.team().equals(team.abbrev()))
                    .as(team.abbrev() + " has a catcher and pitchers")
                    .anySatisfy(p -> assertThat(p.positions().get(0)).isEqualTo("C"))
                    .anySatisfy(p -> assertThat(p.positions().get(0)).isIn("SP", "RP"));
        }
        assertThat(demo.players()).anySatisfy(p -> assertThat(p.team()).endsWith("IL").doesNotEndWith("MiL"));
    }

    @Test
    void standingsAreLastSeasonsFullTable() {
        assertThat(demo.standings()).hasSize(16);
        assertThat(demo.standings()).allSatisfy(row -> assertThat(row.wins() + row.losses()).isEqualTo(72));
        assertThat(demo.standings().stream().mapToInt(Standing::wins).sum())
                .isEqualTo(demo.standings().stream().mapToInt(Standing::losses).sum());
        assertThat(demo.standings()).isSortedAccordingTo(Comparator.comparingInt(Standing::wins).reversed());
    }

    @Test
    void scheduleHasEveryTeamPlayingEveryWeekOfEighteen() {
        Map<Integer, List<ScheduledGame>> byWeek = demo.schedule().stream()
                .filter(game -> game.game() == 1)
                .collect(Collectors.groupingBy(ScheduledGame::week));
        assertThat(byWeek.keySet()).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, 18).boxed().toList());
        Set<String> abbrevs = demo.teams().stream().map(Team::abbrev).collect(Collectors.toSet());
        byWeek.forEach((week, series) -> {
            List<String> playing = series.stream().flatMap(g -> Stream.of(g.away(), g.home())).toList();
            assertThat(playing).as("week " + week).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(abbrevs);
        });
        Set<String> pairs = new HashSet<>();
        demo.schedule().stream().filter(g -> g.week() <= 15 && g.game() == 1)
                .forEach(g -> pairs.add(g.away().compareTo(g.home()) < 0 ? g.away() + g.home() : g.home() + g.away()));
        assertThat(pairs).as("weeks 1-15 are a full round robin").hasSize(16 * 15 / 2);
        assertThat(demo.schedule()).noneMatch(ScheduledGame::completed);
    }

    @Test
    void draftGoesWorstRecordFirstWithSomeTradedPicks() {
        DraftConfig draft = demo.draft();
        Map<String, Integer> wins = new HashMap<>();
        demo.standings().forEach(row -> wins.put(row.team(), row.wins()));
        assertThat(draft.slotOrder()).hasSize(16).isSortedAccordingTo(Comparator.comparing(wins::get));
        assertThat(draft.tradedPicks()).hasSizeBetween(2, 3).anySatisfy(pick -> assertThat(pick.overall()).isLessThanOrEqualTo(16));
        // All traded picks are in the linear rounds, where the slot of overall n is (n - 1) mod 16.
        assertThat(draft.tradedPicks()).allSatisfy(pick ->
                assertThat(pick.owner()).isNotEqualTo(draft.slotOrder().get((pick.overall() - 1) % 16)));
        assertThat(draft).extracting(DraftConfig::rounds, DraftConfig::linearRounds, DraftConfig::pickMinutes, DraftConfig::timerEnabled)
                .containsExactly(32, 10, 2, false);
    }

    private static String normalised(String text) {
        return text.replace("\r\n", "\n");
    }
}
