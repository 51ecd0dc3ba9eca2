package app.frontoffice.league;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The guild seed agrees with the league it came from and keeps the simulator's format. */
class GuildSeedsTest {

    private final LeagueFile demo = DemoLeague.load();
    private final GuildSeed seed = GuildSeeds.build(demo);

    @Test
    void everyGmIsAMemberHoldingTheirTeamsRole() {
        Map<String, String> roleIdByName = seed.roles().stream().collect(Collectors.toMap(GuildSeed.Role::name, GuildSeed.Role::id));
        Map<String, GuildSeed.Member> members = seed.members().stream().collect(Collectors.toMap(GuildSeed.Member::userId, m -> m));
        for (Team team : demo.teams()) {
            for (String gm : team.gmIds()) {
                assertThat(members).containsKey(gm);
                assertThat(members.get(gm).roleIds()).containsExactly(roleIdByName.get(team.longName()));
            }
        }
    }

    @Test
    void theAdminHoldsTheAdministratorRole() {
        GuildSeed.Role admin = seed.roles().get(0);
        assertThat(admin.name()).isEqualTo("League Admin");
        assertThat(admin.permissions()).isEqualTo("8");
        String adminId = demo.discord().adminUserIds().get(0);
        assertThat(seed.members()).filteredOn(m -> m.userId().equals(adminId))
                .singleElement()
                .satisfies(m -> assertThat(m.name()).isEqualTo("admin"))
                .satisfies(m -> assertThat(m.roleIds()).containsExactly(admin.id()));
    }

    @Test
    void oneRolePerTeamNamedAndColouredLikeTheTeam() {
        List<GuildSeed.Role> teamRoles = seed.roles().subList(1, seed.roles().size());
        assertThat(teamRoles).extracting(GuildSeed.Role::name).containsExactlyElementsOf(demo.teams().stream().map(Team::longName).toList());
        assertThat(teamRoles.get(0).colour()).isEqualTo(0xa6ce39);
        assertThat(teamRoles).allSatisfy(role -> assertThat(role.permissions()).isEqualTo("0"));
    }

    @Test
    void channelsAreTheLeaguesPlusTheVoiceCategory() {
        assertThat(seed.channels()).extracting(GuildSeed.Channel::name)
                .containsExactly("draft-pings", "draft-results", "transaction-log", "weekly-info", "live-sba-scores", "admin", "Voice Channels");
        assertThat(seed.channels()).extracting(GuildSeed.Channel::type).containsOnly("text", "category").endsWith("category");
    }

    @Test
    void idsAreUniqueAndKeyedToTheGuild() {
        List<String> ids = new ArrayList<>();
        ids.add(seed.bot().userId());
        ids.add(seed.bot().applicationId());
        seed.roles().forEach(r -> ids.add(r.id()));
        seed.channels().forEach(c -> ids.add(c.id()));
        seed.members().forEach(m -> ids.add(m.userId()));
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9]{1,20}"));
        assertThat(seed.id()).isEqualTo(demo.league().id());
        assertThat(GuildSeeds.build(demo)).isEqualTo(seed);
    }

    @Test
    void writesTheSimulatorsFormat() throws Exception {
        JsonNode json = LeagueFiles.mapper().readTree(GuildSeeds.fromLeague(demo));

        assertThat(fieldNames(json)).containsExactly("id", "name", "bot", "roles", "channels", "members");
        assertThat(fieldNames(json.get("bot"))).containsExactly("userId", "name", "applicationId", "token");
        assertThat(json.at("/bot/name").asText()).isEqualTo("Front Office");
        assertThat(json.at("/bot/token").asText()).isEqualTo("local.bot.token");
        assertThat(fieldNames(json.at("/roles/0"))).containsExactly("id", "name", "permissions", "colour");
        assertThat(fieldNames(json.at("/channels/0"))).containsExactly("id", "name", "type", "parentId");
        assertThat(json.at("/channels/0/parentId").isNull()).isTrue();
        assertThat(fieldNames(json.at("/members/0"))).containsExactly("userId", "name", "roleIds");
    }

    @Test
    void aUserWhoIsAdminAndGmIsOneMemberWithBothRoles() {
        Team first = demo.teams().get(0);
        String gm = first.gmIds().get(0);
        LeagueFile league = new LeagueFile(demo.league(), demo.teams(), demo.players(), demo.standings(), demo.schedule(),
                demo.draft(), new DiscordSetup(List.of(gm), demo.discord().channels(), "Voice Channels"));

        GuildSeed merged = GuildSeeds.build(league);

        assertThat(merged.members()).filteredOn(m -> m.userId().equals(gm)).singleElement()
                .satisfies(m -> assertThat(m.name()).isEqualTo("admin"))
                .satisfies(m -> assertThat(m.roleIds()).containsExactly(merged.roles().get(0).id(), merged.roles().get(1).id()));
        Map<String, Long> counts = new HashMap<>();
        merged.members().forEach(m -> counts.merge(m.userId(), 1L, Long::sum));
        assertThat(counts.values()).containsOnly(1L);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
