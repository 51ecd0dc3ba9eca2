package app.frontoffice.draft.domain;

import static app.frontoffice.draft.domain.Fixtures.fa;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlayerNameMatcherTest {

    private static final PlayerView MILLER = fa(1, "Mason Miller", 2.5, "RP");
    private static final PlayerView MILLER_B = fa(2, "Bobby Miller", 1.1, "SP");
    private static final PlayerView RAMIREZ = fa(3, "José Ramírez", 6.0, "3B");
    private static final PlayerView SMITH_1 = fa(4, "Will Smith", 3.0, "C");
    private static final PlayerView SMITH_2 = fa(5, "Will Smith", 0.4, "RP");
    private static final PlayerView MILLERS = fa(6, "Owen Millers", 0.2, "CF");
    private static final List<PlayerView> ALL = List.of(MILLER, MILLER_B, RAMIREZ, SMITH_1, SMITH_2, MILLERS);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mason Miller|Mason Miller",
            "Mason Miller (RP) - 2.50 sWAR|Mason Miller",
            "Geraldo Perdomo (SS) - 1.23 sWAR|Geraldo Perdomo",
            "Player Name (1B) - 0.00 sWAR|Player Name",
            "Two Way (SP/RP) - 3.10 sWAR|Two Way",
            "'  Padded Name  '|Padded Name",
            "Name (with note)|Name (with note)"
    })
    void stripsTheAutocompleteLabel(String raw, String expected) {
        assertThat(PlayerNameMatcher.stripAutocompleteLabel(raw)).isEqualTo(expected);
    }

    @Test
    void exactNameWins() {
        assertThat(PlayerNameMatcher.match("Mason Miller", ALL)).isEqualTo(new NameMatch.Found<>(MILLER));
    }

    @Test
    void autocompleteLabelResolvesToThePlayer() {
        assertThat(PlayerNameMatcher.match("Mason Miller (RP) - 2.50 sWAR", ALL))
                .isEqualTo(new NameMatch.Found<>(MILLER));
    }

    @Test
    void caseAndAccentsAreIgnoredWhenUnique() {
        assertThat(PlayerNameMatcher.match("jose ramirez", ALL)).isEqualTo(new NameMatch.Found<>(RAMIREZ));
        assertThat(PlayerNameMatcher.match("  JOSÉ   Ramirez ", ALL)).isEqualTo(new NameMatch.Found<>(RAMIREZ));
    }

    @Test
    void aPartialNameIsNeverTakenSilently() {
        NameMatch<PlayerView> match = PlayerNameMatcher.match("Miller", ALL);
        assertThat(match).isInstanceOf(NameMatch.Ambiguous.class);
        NameMatch.Ambiguous<PlayerView> ambiguous = (NameMatch.Ambiguous<PlayerView>) match;
        assertThat(ambiguous.query()).isEqualTo("Miller");
        // word-start matches first (alphabetical), the "Millers" substring too
        assertThat(ambiguous.suggestions()).containsExactly(MILLER_B, MILLER, MILLERS);
    }

    @Test
    void aSinglePartialMatchIsOnlySuggested() {
        NameMatch<PlayerView> match = PlayerNameMatcher.match("Ramir", ALL);
        assertThat(match).isEqualTo(new NameMatch.Ambiguous<>("Ramir", List.of(RAMIREZ)));
    }

    @Test
    void twoPlayersWithTheSameNameAreAmbiguous() {
        NameMatch<PlayerView> match = PlayerNameMatcher.match("will smith", ALL);
        assertThat(match).isInstanceOf(NameMatch.Ambiguous.class);
        assertThat(((NameMatch.Ambiguous<PlayerView>) match).suggestions()).containsExactlyInAnyOrder(SMITH_1, SMITH_2);
        assertThat(PlayerNameMatcher.match("Will Smith", ALL)).isInstanceOf(NameMatch.Ambiguous.class);
    }

    @Test
    void wordsInAnotherOrderAreSuggested() {
        NameMatch<PlayerView> match = PlayerNameMatcher.match("miller mason", ALL);
        assertThat(match).isEqualTo(new NameMatch.Ambiguous<>("miller mason", List.of(MILLER)));
    }

    @Test
    void atMostFiveSuggestions() {
        List<PlayerView> many = java.util.stream.IntStream.rangeClosed(1, 9)
                .mapToObj(i -> fa(100 + i, "Player " + i, 0.1, "OF")).toList();
        NameMatch<PlayerView> match = PlayerNameMatcher.match("player", many);
        assertThat(((NameMatch.Ambiguous<PlayerView>) match).suggestions()).hasSize(5)
                .extracting(PlayerView::name).containsExactly("Player 1", "Player 2", "Player 3", "Player 4", "Player 5");
    }

    @Test
    void nothingMatches() {
        assertThat(PlayerNameMatcher.match("Babe Ruth", ALL)).isEqualTo(new NameMatch.NotFound<>("Babe Ruth"));
        assertThat(PlayerNameMatcher.match("   ", ALL)).isInstanceOf(NameMatch.NotFound.class);
        assertThat(PlayerNameMatcher.match(null, ALL)).isInstanceOf(NameMatch.NotFound.class);
    }

    @Test
    void normalizeFoldsCaseAccentsAndSpaces() {
        assertThat(PlayerNameMatcher.normalize("  José  RAMÍREZ ")).isEqualTo("jose ramirez");
        assertThat(PlayerNameMatcher.normalize("Ronald Acuña Jr.")).isEqualTo("ronald acuna jr.");
    }
}
