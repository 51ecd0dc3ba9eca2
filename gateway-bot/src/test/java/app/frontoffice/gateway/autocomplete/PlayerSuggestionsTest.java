package app.frontoffice.gateway.autocomplete;

import app.frontoffice.events.league.PlayerState;
import app.frontoffice.gateway.autocomplete.PlayerSuggestions.Suggestion;
import app.frontoffice.gateway.catalogue.AutocompleteSource;
import app.frontoffice.support.league.LeagueView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlayerSuggestionsTest {

    private static final String LEAGUE = "L1";
    private final LeagueView view = new LeagueView();
    private final PlayerSuggestions suggestions = new PlayerSuggestions(view, "FA");

    @Test
    void freeAgentsOnlyWithTheReferenceLabelAndTheNameAsValue() {
        view.putPlayer(new PlayerState(LEAGUE, 1, "José Ramírez", 0.65, List.of("3B", "DH"), null, "FA"));
        view.putPlayer(new PlayerState(LEAGUE, 2, "Jose Altuve", 2.5, List.of("2B"), null, "BCB"));
        view.putPlayer(new PlayerState(LEAGUE, 3, "Joey Votto", 1.0, List.of(), null, "fa"));

        assertThat(suggestions.suggest(LEAGUE, AutocompleteSource.FREE_AGENTS, "jo")).containsExactly(
                new Suggestion("Joey Votto (?) - 1.00 sWAR", "Joey Votto"),
                new Suggestion("José Ramírez (3B) - 0.65 sWAR", "José Ramírez"));
        assertThat(suggestions.suggest(LEAGUE, AutocompleteSource.ALL_PLAYERS, "jose")).extracting(Suggestion::value)
                .containsExactly("Jose Altuve", "José Ramírez");
        assertThat(suggestions.suggest(LEAGUE, AutocompleteSource.NONE, "jo")).isEmpty();
        assertThat(suggestions.suggest("other", AutocompleteSource.ALL_PLAYERS, "jo")).isEmpty();
    }

    @Test
    void atMostTwentyFiveChoicesCountedAfterTheFilter() {
        for (int i = 0; i < 40; i++) {
            view.putPlayer(new PlayerState(LEAGUE, i, "Player " + i, 1, List.of("SP"), null, i % 2 == 0 ? "BCB" : "FA"));
        }
        List<Suggestion> free = suggestions.suggest(LEAGUE, AutocompleteSource.FREE_AGENTS, "");
        assertThat(free).hasSize(20);
        assertThat(suggestions.suggest(LEAGUE, AutocompleteSource.ALL_PLAYERS, "player")).hasSize(25);
        assertThat(suggestions.suggest(LEAGUE, AutocompleteSource.ALL_PLAYERS, null)).hasSize(25);
    }

    @Test
    void longNamesAreClippedToDiscordsLimit() {
        view.putPlayer(new PlayerState(LEAGUE, 1, "X".repeat(120), 1, List.of("C"), null, "FA"));
        Suggestion s = suggestions.suggest(LEAGUE, AutocompleteSource.FREE_AGENTS, "x").get(0);
        assertThat(s.label()).hasSize(100);
        assertThat(s.value()).hasSize(100);
    }
}
