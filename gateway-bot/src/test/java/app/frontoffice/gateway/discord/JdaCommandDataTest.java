package app.frontoffice.gateway.discord;

import app.frontoffice.gateway.catalogue.CommandCatalogue;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The registration body Discord receives, from the catalogue. */
class JdaCommandDataTest {

    private final List<SlashCommandData> data = JdaCommandData.of(CommandCatalogue.standard().commands());

    private DataObject command(String name) {
        return data.stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow().toData();
    }

    private static DataObject find(DataArray array, String name) {
        for (int i = 0; i < array.length(); i++) {
            if (array.getObject(i).getString("name").equals(name)) {
                return array.getObject(i);
            }
        }
        throw new AssertionError("no " + name);
    }

    @Test
    void adminCommandsNeedAdministratorAndOthersAreOpen() {
        assertThat(command("draft-admin").getString("default_member_permissions")).isEqualTo("8");
        assertThat(command("draft").isNull("default_member_permissions")).isTrue();
    }

    @Test
    void optionsCarryTypesRangesAutocompleteAndChannelTypes() {
        DataObject player = find(command("draft").getArray("options"), "player");
        assertThat(player.getInt("type")).isEqualTo(3);
        assertThat(player.getBoolean("required")).isTrue();
        assertThat(player.getBoolean("autocomplete")).isTrue();

        DataArray subcommands = command("draft-admin").getArray("options");
        DataObject timer = find(subcommands, "timer");
        assertThat(timer.getInt("type")).isEqualTo(1);
        DataObject minutes = find(timer.getArray("options"), "minutes");
        assertThat(minutes.getInt("type")).isEqualTo(4);
        assertThat(minutes.getLong("min_value")).isEqualTo(1);
        assertThat(minutes.getLong("max_value")).isEqualTo(60);
        assertThat(find(timer.getArray("options"), "enabled").getInt("type")).isEqualTo(5);

        DataObject ping = find(find(subcommands, "channels").getArray("options"), "ping_channel");
        assertThat(ping.getInt("type")).isEqualTo(7);
        assertThat(ping.getArray("channel_types").getInt(0)).isEqualTo(0);

        assertThat(find(find(subcommands, "set-pick").getArray("options"), "pick_number").getLong("max_value")).isEqualTo(512);
    }
}
