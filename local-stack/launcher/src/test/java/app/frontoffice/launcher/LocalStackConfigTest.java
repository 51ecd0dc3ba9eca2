package app.frontoffice.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalStackConfigTest {

    final Path cwd = Path.of("/work/project");

    @Test
    void defaultsAreTheDocumentedPortsAndAStateFolderInTheProject() {
        LocalStackConfig config = LocalStackConfig.from(new String[0], Map.of(), cwd);

        assertThat(config.stateDir()).isEqualTo(Path.of("/work/project/.local-stack"));
        assertThat(config.leagueFile()).isEmpty();
        assertThat(config.port("DISCORD_SIM_PORT")).isEqualTo(8700);
        assertThat(config.port("SHEETS_SIM_PORT")).isEqualTo(8701);
        assertThat(config.port("GATEWAY_BOT_PORT")).isEqualTo(8710);
        assertThat(config.port("DRAFT_SERVICE_PORT")).isEqualTo(8711);
        assertThat(config.port("TRANSACTION_SERVICE_PORT")).isEqualTo(8712);
        assertThat(config.port("SCOREBUG_SERVICE_PORT")).isEqualTo(8713);
        assertThat(config.port("SHEETS_WRITER_PORT")).isEqualTo(8714);
        assertThat(config.port("KAFKA_PORT")).isEqualTo(9092);
        assertThat(config.port("POSTGRES_PORT")).isEqualTo(5433);
    }

    @Test
    void environmentAndOptionsOverrideTheDefaults() {
        LocalStackConfig config = LocalStackConfig.from(new String[]{"--league", "leagues/mine.json"},
                Map.of("LOCAL_STACK_STATE", "/tmp/other-league", "KAFKA_PORT", "19092"), cwd);

        assertThat(config.stateDir()).isEqualTo(Path.of("/tmp/other-league"));
        assertThat(config.leagueFile()).contains(Path.of("/work/project/leagues/mine.json"));
        assertThat(config.port("KAFKA_PORT")).isEqualTo(19092);
    }

    @Test
    void theLeagueFileCanComeFromTheEnvironment() {
        LocalStackConfig config = LocalStackConfig.from(new String[0], Map.of("LOCAL_STACK_LEAGUE", "/data/league.json"), cwd);

        assertThat(config.leagueFile()).contains(Path.of("/data/league.json"));
    }

    @Test
    void nonsenseIsRefusedWithAReason() {
        assertThatThrownBy(() -> LocalStackConfig.from(new String[]{"--colour"}, Map.of(), cwd))
                .hasMessage("unknown option --colour");
        assertThatThrownBy(() -> LocalStackConfig.from(new String[]{"--league"}, Map.of(), cwd))
                .hasMessage("--league needs a value");
        assertThatThrownBy(() -> LocalStackConfig.from(new String[0], Map.of("POSTGRES_PORT", "lots"), cwd))
                .hasMessage("POSTGRES_PORT must be a port number, not \"lots\"");
    }
}
