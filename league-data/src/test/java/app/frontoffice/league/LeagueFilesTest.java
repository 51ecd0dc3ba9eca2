package app.frontoffice.league;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static app.frontoffice.league.Fixtures.at;
import static app.frontoffice.league.Fixtures.object;
import static app.frontoffice.league.Fixtures.problemsAfter;
import static app.frontoffice.league.Fixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading and writing: JSON errors, required properties, types, defaults, the round trip. */
class LeagueFilesTest {

    @Test
    void readsTheSmallLeagueWithDefaultsFilledIn() {
        LeagueFile file = LeagueFiles.parse(Fixtures.smallLeague());

        League league = file.league();
        assertThat(league.timezone()).isEqualTo("UTC");
        assertThat(league.freeAgentTeam()).isEqualTo("FA");
        assertThat(league.freeze()).isFalse();
        assertThat(league.rosterLimits()).isEqualTo(new RosterLimits(26, 6, 14, 69));
        assertThat(league.defaultSwarCap()).isEqualTo(32.0);
        assertThat(league.adminRoleName()).isNull();
        assertThat(league.offseason()).isTrue();
        assertThat(file.team("AAA").orElseThrow().affiliates()).isEqualTo(new Affiliates("AAAMiL", "AAAIL"));
        assertThat(file.team("CCC").orElseThrow().gmIds()).isEmpty();
        assertThat(file.schedule().get(2)).isEqualTo(new ScheduledGame(1, "CCC", "DDD", 1, false));
        assertThat(file.draft().pickMinutes()).isEqualTo(2);
        assertThat(file.draft().pingChannel()).isEqualTo("draft-pings");
        assertThat(file.draft().totalPicks()).isEqualTo(12);
        assertThat(file.discord().channels()).contains("draft-pings", "draft-results", "transaction-log");
        assertThat(file.discord().voiceCategory()).isEqualTo("Voice Channels");
    }

    @Test
    void aTeamCapOfZeroIsRespectedAndNullMeansTheLeagueDefault() {
        LeagueFile file = LeagueFiles.parse(Fixtures.smallLeague());

        assertThat(file.team("BBB").orElseThrow().swarCapOr(32.0)).isZero();
        assertThat(file.team("CCC").orElseThrow().swarCapOr(32.0)).isEqualTo(30.5);
        assertThat(file.team("AAA").orElseThrow().swarCapOr(32.0)).isEqualTo(32.0);
    }

    @Test
    void writeThenParseGivesTheSameLeague() {
        LeagueFile file = LeagueFiles.parse(Fixtures.smallLeague());

        String written = LeagueFiles.write(file);

        assertThat(LeagueFiles.parse(written)).isEqualTo(file);
        assertThat(LeagueFiles.write(LeagueFiles.parse(written))).isEqualTo(written);
    }

    @Test
    void writesPropertiesInDeclarationOrderAndListElementsOnePerLine() {
        String written = LeagueFiles.write(LeagueFiles.parse(Fixtures.smallLeague()));

        assertThat(written).startsWith("{\n  \"league\": {\n    \"id\": \"900000000000000001\",\n    \"name\": \"Small League\",\n");
        assertThat(written).contains("\n    {\"id\": 4, \"name\": \"Ash Free\", \"swar\": 0.4, \"positions\": [\"RP\"], \"team\": \"FA\"}\n");
        assertThat(written).doesNotContain("\"sheetKey\": null").contains("\"sheetKey\": \"sheet-key-1\"");
        assertThat(written.indexOf("\"teams\"")).isLessThan(written.indexOf("\"players\""));
        assertThat(written.indexOf("\"schedule\"")).isLessThan(written.indexOf("\"draft\""));
    }

    @Test
    void parsesFromAPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("league.json");
        Files.writeString(file, Fixtures.smallLeague());

        assertThat(LeagueFiles.parse(file).teams()).hasSize(4);
        assertThatThrownBy(() -> LeagueFiles.parse(dir.resolve("missing.json")))
                .isInstanceOf(LeagueFileException.class)
                .hasMessageContaining("$: cannot read");
    }

    @Test
    void badJsonIsReportedWithLineAndColumn() {
        String json = "{\n  \"league\": {\n    \"id\": \"1\",\n  }\n}";

        assertThat(problemsOf(json)).singleElement().asString()
                .startsWith("$: not valid JSON at line 4, column 3: Unexpected character ('}'");
    }

    @Test
    void emptyOrNonObjectDocumentsAreRefused() {
        assertThat(problemsOf("  ")).containsExactly("$: the league file is empty");
        assertThat(problemsOf("[1, 2]")).containsExactly("$: the league file must be a JSON object, not an array");
    }

    @Test
    void aRepeatedKeyOrTrailingTextIsBadJson() {
        assertThat(problemsOf("{\"league\": {}, \"league\": {}}")).singleElement().asString()
                .startsWith("$: not valid JSON at line 1, column 24: Duplicate field 'league'");
        assertThat(problemsOf(Fixtures.smallLeague() + " {}")).singleElement().asString()
                .startsWith("$: not valid JSON at line ");
    }

    @Test
    void everyMissingRequiredPropertyIsReported() {
        List<String> problems = problemsAfter(tree -> {
            object(tree, "league").remove("name");
            object(tree, "league").putNull("week");
            at(tree, "teams", 1).remove("colour");
            at(tree, "players", 2).remove("team");
            object(tree, "draft").remove("slotOrder");
            tree.remove("players");
        });

        assertThat(problems).containsExactly(
                "league.name: is required",
                "league.week: is required",
                "teams[1].colour: is required",
                "players: is required",
                "draft.slotOrder: is required");
    }

    @Test
    void missingTopLevelSectionsAreReportedWithoutEchoes() {
        assertThat(problemsOf("{}")).containsExactly(
                "league: is required", "teams: is required", "players: is required", "draft: is required");
    }

    @Test
    void wrongTypesAreReportedWithTheValueAndNotEchoedByLaterRules() {
        List<String> problems = problemsAfter(tree -> {
            at(tree, "players", 0).put("swar", "lots");
            at(tree, "players", 1).put("id", 1.5);
            at(tree, "teams", 0).put("gmIds", "100000000000000001");
            object(tree, "league").put("currentSeason", 99_999_999_999L);
            object(tree, "draft").put("timerEnabled", "yes");
            Fixtures.array(at(tree, "players", 3), "positions").add(7);
        });

        assertThat(problems).containsExactly(
                "league.currentSeason: must be an integer, not 99999999999",
                "teams[0].gmIds: must be an array, not \"100000000000000001\"",
                "players[0].swar: must be a number, not \"lots\"",
                "players[1].id: must be an integer, not 1.5",
                "players[3].positions[1]: must be a string, not 7",
                "draft.timerEnabled: must be a boolean, not \"yes\"");
    }

    @Test
    void unknownPropertiesAreIgnored() {
        ObjectNode tree = Fixtures.smallTree();
        tree.put("futureSection", true);
        at(tree, "players", 0).put("nickname", "Ace");

        assertThat(LeagueFiles.parse(tree.toString())).isEqualTo(LeagueFiles.parse(Fixtures.smallLeague()));
    }

    @Test
    void reportsEveryKindOfProblemInOneRun() {
        List<String> problems = problemsAfter(tree -> {
            at(tree, "players", 0).put("swar", "lots");
            at(tree, "players", 1).put("team", "XYZ");
            at(tree, "teams", 3).put("colour", "#000000");
        });

        assertThat(problems).containsExactly(
                "players[0].swar: must be a number, not \"lots\"",
                "teams[3].colour: must be a 6-digit hex colour without '#', not \"#000000\"",
                "players[1].team: unknown team \"XYZ\"");
    }

    @Test
    void theExceptionMessageListsEveryProblem() {
        assertThatThrownBy(() -> LeagueFiles.parse("{}"))
                .hasMessage("league file has 4 problems:\n  league: is required\n  teams: is required\n"
                        + "  players: is required\n  draft: is required");
    }
}
