package app.frontoffice.support.league;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlayerNamesTest {

    @Test
    void foldsCaseAccentsAndSpaces() {
        assertThat(PlayerNames.fold("  José   RAMÍREZ ")).isEqualTo("jose ramirez");
        assertThat(PlayerNames.fold("Zoë Ångström")).isEqualTo("zoe angstrom");
        assertThat(PlayerNames.fold(null)).isEmpty();
    }

    @Test
    void ranksPrefixThenWordThenAnywhere() {
        assertThat(PlayerNames.rank("jose ramirez", "jose")).isZero();
        assertThat(PlayerNames.rank("jose ramirez", "ram")).isEqualTo(1);
        assertThat(PlayerNames.rank("anna josefsson", "sef")).isEqualTo(2);
        assertThat(PlayerNames.rank("ann annson", "nn")).isEqualTo(2);
        assertThat(PlayerNames.rank("bo jo-jo", "jo")).isEqualTo(1);
        assertThat(PlayerNames.rank("jose ramirez", "xyz")).isEqualTo(-1);
        assertThat(PlayerNames.rank("anything", "")).isZero();
    }
}
