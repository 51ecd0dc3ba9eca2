package app.frontoffice.sim.discord;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seed format is produced by another tool, so its forgiving parts are pinned down here. */
class GuildSeedTest {

    @Test
    void mintsMissingIdsAndResolvesReferencesByName() {
        GuildSeed seed = GuildSeed.fromJson("""
                {"name":"Tiny","bot":{"name":"Bot","token":"t.o.k"},
                 "roles":[{"name":"Admin","permissions":"8","colour":255}],
                 "channels":[{"name":"Voice","type":"category"},{"name":"Game 1","type":"voice","parentId":"Voice"}],
                 "members":[{"name":"casey","roleIds":["Admin"]}]}
                """);
        assertThat(seed.id()).matches("\\d{17,20}");
        assertThat(seed.bot().applicationId()).matches("\\d+");
        assertThat(seed.roles().get(0).colour()).isEqualTo(255);
        assertThat(seed.channels().get(1).parentId()).isEqualTo(seed.channels().get(0).id());
        assertThat(seed.members().get(0).roleIds()).containsExactly(seed.roles().get(0).id());
    }

    @Test
    void refusesWhatJdaWouldRefuse() {
        assertThatThrownBy(() -> GuildSeed.fromJson("{\"bot\":{\"token\":\"has space\"}}")).hasMessageContaining("whitespace");
        assertThatThrownBy(() -> GuildSeed.fromJson("{\"id\":\"abc\"}")).hasMessageContaining("numeric");
        assertThatThrownBy(() -> GuildSeed.fromJson("{\"members\":[{\"name\":\"x\",\"roleIds\":[\"nope\"]}]}")).hasMessageContaining("unknown role");
    }

    @Test
    void defaultSeedGivesTheBotAnAdministratorRole() {
        GuildState state = new GuildState(GuildSeed.defaultSeed());
        assertThat(state.isAdmin(state.bot().userId())).isTrue();
        assertThat(state.findMember("sam")).hasValueSatisfying(m -> assertThat(state.isAdmin(m.userId())).isFalse());
        assertThat(state.permissions(state.findMember("sam").orElseThrow().userId()) & Permissions.ADMINISTRATOR).isZero();
    }
}
