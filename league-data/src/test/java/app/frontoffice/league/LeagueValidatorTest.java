package app.frontoffice.league;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static app.frontoffice.league.Fixtures.array;
import static app.frontoffice.league.Fixtures.at;
import static app.frontoffice.league.Fixtures.object;
import static app.frontoffice.league.Fixtures.problemsAfter;
import static org.assertj.core.api.Assertions.assertThat;

/** Each rule, broken once in an otherwise valid league, gives exactly its message. */
class LeagueValidatorTest {

    @Test
    void theFixtureIsValid() {
        assertThat(LeagueFiles.parse(Fixtures.smallLeague()).players()).hasSize(4);
    }

    @Nested
    class LeagueSettings {

        @Test
        void guildIdMustBeASnowflake() {
            assertThat(problemsAfter(t -> object(t, "league").put("id", "guild-1")))
                    .containsExactly("league.id: must be a Discord snowflake (1 to 20 digits), not \"guild-1\"");
        }

        @Test
        void timezoneMustBeKnown() {
            assertThat(problemsAfter(t -> object(t, "league").put("timezone", "Mars/Olympus_Mons")))
                    .containsExactly("league.timezone: unknown time zone \"Mars/Olympus_Mons\"");
        }

        @Test
        void seasonStartsAtOne() {
            assertThat(problemsAfter(t -> object(t, "league").put("currentSeason", 0)))
                    .containsExactly("league.currentSeason: must be at least 1, not 0");
        }

        @Test
        void limitsAndCapCannotBeNegative() {
            assertThat(problemsAfter(t -> {
                object(t, "league").putObject("rosterLimits").put("minorLeague", -1);
                object(t, "league").put("defaultSwarCap", -0.5);
            })).containsExactly(
                    "league.rosterLimits.minorLeague: must not be negative (was -1)",
                    "league.defaultSwarCap: must not be negative (was -0.5)");
        }

        @Test
        void blankNamesAreRefused() {
            assertThat(problemsAfter(t -> object(t, "league").put("name", " ").put("adminRoleName", "")))
                    .containsExactly("league.name: must not be blank", "league.adminRoleName: must not be blank");
        }
    }

    @Nested
    class Teams {

        @Test
        void abbrevsAreUnique() {
            assertThat(problemsAfter(t -> {
                // DDD becomes a second AAA; its derived affiliates then clash too.
                at(t, "teams", 3).put("abbrev", "AAA");
                array(object(t, "draft"), "slotOrder").set(0, "AAA");
                at(t, "schedule", 2).put("home", "AAA");
            })).containsExactly(
                    "teams[3].abbrev: duplicate abbrev \"AAA\"",
                    "teams[3].affiliates.minorLeague: \"AAAMiL\" is already used by teams[0].affiliates.minorLeague",
                    "teams[3].affiliates.injuredList: \"AAAIL\" is already used by teams[0].affiliates.injuredList",
                    "draft.slotOrder[3]: \"AAA\" appears more than once");
        }

        @Test
        void abbrevsAreShortAndPlain() {
            assertThat(problemsAfter(t -> renameDdd(t, "D-D")))
                    .containsExactly("teams[3].abbrev: must be 2 to 4 letters or digits, not \"D-D\"");
        }

        @Test
        void noTeamMayUseTheFreeAgentAbbrev() {
            assertThat(problemsAfter(t -> renameDdd(t, "FA")))
                    .containsExactly("teams[3].abbrev: \"FA\" is already used by the free-agent team");
        }

        /** Renames team DDD everywhere it is referred to, so only the abbrev rule can fail. */
        private void renameDdd(ObjectNode tree, String abbrev) {
            at(tree, "teams", 3).put("abbrev", abbrev);
            array(object(tree, "draft"), "slotOrder").set(0, abbrev);
            at(tree, "schedule", 2).put("home", abbrev);
        }

        @Test
        void affiliatesMustNotCollideWithAnotherTeam() {
            assertThat(problemsAfter(t -> at(t, "teams", 1).putObject("affiliates")
                    .put("minorLeague", "AAAMiL").put("injuredList", "BBBIL")))
                    .containsExactly(
                            "teams[1].affiliates.minorLeague: \"AAAMiL\" is already used by teams[0].affiliates.minorLeague",
                            "players[1].team: unknown team \"BBBMiL\"");
        }

        @Test
        void longNamesAreUniqueBecauseTheyAreRoleNames() {
            assertThat(problemsAfter(t -> at(t, "teams", 3).put("longName", "Alpha Aces")))
                    .containsExactly("teams[3].longName: duplicate long name \"Alpha Aces\" (it is the team's Discord role name)");
        }

        @Test
        void colourIsSixHexDigitsWithoutHash() {
            assertThat(problemsAfter(t -> {
                at(t, "teams", 0).put("colour", "#ff0000");
                at(t, "teams", 1).put("colour", "green");
            })).containsExactly(
                    "teams[0].colour: must be a 6-digit hex colour without '#', not \"#ff0000\"",
                    "teams[1].colour: must be a 6-digit hex colour without '#', not \"green\"");
        }

        @Test
        void thumbnailIsAnHttpUrl() {
            assertThat(problemsAfter(t -> at(t, "teams", 0).put("thumbnailUrl", "aaa.png")))
                    .containsExactly("teams[0].thumbnailUrl: must be an http(s) URL, not \"aaa.png\"");
        }

        @Test
        void teamCapCannotBeNegative() {
            assertThat(problemsAfter(t -> at(t, "teams", 2).put("swarCap", -1)))
                    .containsExactly("teams[2].swarCap: must not be negative (was -1)");
        }

        @Test
        void gmIdsAreSnowflakes() {
            assertThat(problemsAfter(t -> {
                array(at(t, "teams", 0), "gmIds").set(0, "casey");
                array(at(t, "teams", 3), "gmIds").set(0, "123456789012345678901");
            })).containsExactly(
                    "teams[0].gmIds[0]: must be a Discord snowflake (1 to 20 digits), not \"casey\"",
                    "teams[3].gmIds[0]: must be a Discord snowflake (1 to 20 digits), not \"123456789012345678901\"");
        }

        @Test
        void atMostTwoGms() {
            assertThat(problemsAfter(t -> array(at(t, "teams", 1), "gmIds").add("100000000000000005")))
                    .containsExactly("teams[1].gmIds: at most 2 GMs, not 3");
        }

        @Test
        void aUserManagesOneTeamOnly() {
            assertThat(problemsAfter(t -> array(at(t, "teams", 3), "gmIds").set(0, "100000000000000002")))
                    .containsExactly("teams[3].gmIds[0]: user \"100000000000000002\" is already GM of BBB");
        }
    }

    @Nested
    class Players {

        @Test
        void idsAreUnique() {
            assertThat(problemsAfter(t -> at(t, "players", 3).put("id", 2)))
                    .containsExactly("players[3].id: duplicate player id 2");
        }

        @Test
        void idsArePositive() {
            assertThat(problemsAfter(t -> at(t, "players", 0).put("id", 0)))
                    .containsExactly("players[0].id: must be at least 1, not 0");
        }

        @Test
        void swarCannotBeNegative() {
            assertThat(problemsAfter(t -> at(t, "players", 1).put("swar", -0.25)))
                    .containsExactly("players[1].swar: must not be negative (was -0.25)");
        }

        @Test
        void swarMustBeANumber() {
            assertThat(problemsAfter(t -> at(t, "players", 1).put("swar", "1.5")))
                    .containsExactly("players[1].swar: must be a number, not \"1.5\"");
        }

        @Test
        void teamMustBeATeamAnAffiliateOrFreeAgency() {
            assertThat(problemsAfter(t -> {
                at(t, "players", 0).put("team", "XYZ");
                at(t, "players", 1).put("team", "AAAMIL");
            })).containsExactly(
                    "players[0].team: unknown team \"XYZ\"",
                    "players[1].team: unknown team \"AAAMIL\"");
        }

        @Test
        void positionsComeFromTheAllowedSet() {
            assertThat(problemsAfter(t -> array(at(t, "players", 2), "positions").set(1, "UT")))
                    .containsExactly("players[2].positions[1]: unknown position \"UT\" (allowed: C, 1B, 2B, 3B, SS, LF, CF, RF, DH, SP, RP, P)");
        }

        @Test
        void oneToEightDistinctPositions() {
            assertThat(problemsAfter(t -> {
                array(at(t, "players", 0), "positions").removeAll();
                array(at(t, "players", 1), "positions").add("C");
                array(at(t, "players", 2), "positions").add("1B").add("LF").add("CF").add("RF").add("DH").add("P");
            })).containsExactly(
                    "players[0].positions: must list 1 to 8 positions, not 0",
                    "players[1].positions[2]: \"C\" is listed twice",
                    "players[2].positions: must list 1 to 8 positions, not 9");
        }

        @Test
        void imageIsAnHttpUrl() {
            assertThat(problemsAfter(t -> at(t, "players", 1).put("imageUrl", "ftp://example.org/2.png")))
                    .containsExactly("players[1].imageUrl: must be an http(s) URL, not \"ftp://example.org/2.png\"");
        }
    }

    @Nested
    class StandingsAndSchedule {

        @Test
        void standingsReferToTeamsOncePerTeam() {
            assertThat(problemsAfter(t -> {
                at(t, "standings", 1).put("team", "AAA");
                t.withArray("standings").addObject().put("team", "AAAMiL").put("wins", 0).put("losses", -2);
            })).containsExactly(
                    "standings[1].team: \"AAA\" already has a row",
                    "standings[2].team: unknown team \"AAAMiL\"",
                    "standings[2].losses: must not be negative (was -2)");
        }

        @Test
        void scheduleRefersToTwoDifferentTeams() {
            assertThat(problemsAfter(t -> {
                at(t, "schedule", 0).put("away", "XYZ").put("home", "FA");
                at(t, "schedule", 2).put("away", "DDD");
            })).containsExactly(
                    "schedule[0].away: unknown team \"XYZ\"",
                    "schedule[0].home: unknown team \"FA\"",
                    "schedule[2].home: a team cannot play itself (\"DDD\")");
        }

        @Test
        void weeksAndGameNumbersStartAtOne() {
            assertThat(problemsAfter(t -> at(t, "schedule", 0).put("week", 0).put("game", 0)))
                    .containsExactly("schedule[0].week: must be at least 1, not 0", "schedule[0].game: must be at least 1, not 0");
        }

        @Test
        void aGameIsListedOnce() {
            assertThat(problemsAfter(t -> at(t, "schedule", 1).put("game", 1)))
                    .containsExactly("schedule[1]: same game as schedule[0] (week 1, AAA at BBB, game 1)");
        }
    }

    @Nested
    class Draft {

        @Test
        void slotOrderHasEveryTeamExactlyOnce() {
            assertThat(problemsAfter(t -> array(object(t, "draft"), "slotOrder").set(0, "AAA")))
                    .containsExactly(
                            "draft.slotOrder[3]: \"AAA\" appears more than once",
                            "draft.slotOrder: team \"DDD\" is missing");
        }

        @Test
        void slotOrderHasTeamsPerRoundEntries() {
            assertThat(problemsAfter(t -> object(t, "draft").put("teamsPerRound", 5)))
                    .containsExactly("draft.slotOrder: has 4 entries but teamsPerRound is 5");
        }

        @Test
        void slotOrderRefersToTeams() {
            assertThat(problemsAfter(t -> array(object(t, "draft"), "slotOrder").set(2, "BBBMiL")))
                    .containsExactly("draft.slotOrder[2]: unknown team \"BBBMiL\"", "draft.slotOrder: team \"BBB\" is missing");
        }

        @Test
        void tradedPicksAreInRangeOnceEachAndOwnedByATeam() {
            assertThat(problemsAfter(t -> {
                ObjectNode draft = object(t, "draft");
                draft.withArray("tradedPicks").addObject().put("overall", 13).put("owner", "BBB");
                draft.withArray("tradedPicks").addObject().put("overall", 0).put("owner", "BBB");
                draft.withArray("tradedPicks").addObject().put("overall", 1).put("owner", "XYZ");
            })).containsExactly(
                    "draft.tradedPicks[1].overall: must be between 1 and 12, not 13",
                    "draft.tradedPicks[2].overall: must be between 1 and 12, not 0",
                    "draft.tradedPicks[3].overall: pick 1 is listed twice",
                    "draft.tradedPicks[3].owner: unknown team \"XYZ\"");
        }

        @Test
        void linearRoundsCannotExceedRounds() {
            assertThat(problemsAfter(t -> object(t, "draft").put("linearRounds", 4)))
                    .containsExactly("draft.linearRounds: must not exceed rounds (3), was 4");
        }

        @Test
        void pickClockIsAtLeastAMinute() {
            assertThat(problemsAfter(t -> object(t, "draft").put("pickMinutes", 0)))
                    .containsExactly("draft.pickMinutes: must be at least 1, not 0");
        }
    }

    @Nested
    class DiscordSection {

        @Test
        void adminIdsAreSnowflakes() {
            assertThat(problemsAfter(t -> array(object(t, "discord"), "adminUserIds").add("admin")))
                    .containsExactly("discord.adminUserIds[1]: must be a Discord snowflake (1 to 20 digits), not \"admin\"");
        }

        @Test
        void channelsIncludeTheDraftChannelsOnce() {
            assertThat(problemsAfter(t -> object(t, "discord").putArray("channels").add("draft-pings").add("draft-pings")))
                    .containsExactly(
                            "discord.channels[1]: \"draft-pings\" is listed twice",
                            "discord.channels: must include the draft result channel \"draft-results\"");
        }
    }
}
