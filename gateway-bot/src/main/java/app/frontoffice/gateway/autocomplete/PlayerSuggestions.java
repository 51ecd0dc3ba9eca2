package app.frontoffice.gateway.autocomplete;

import app.frontoffice.events.league.PlayerState;
import app.frontoffice.gateway.catalogue.AutocompleteSource;
import app.frontoffice.support.league.LeagueView;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Autocomplete for player options, answered from the in-memory league read model (no network call,
 * so well inside Discord's 3-second limit). The label shows what a manager needs to choose,
 * "Name (POS) - 2.50 sWAR"; the value is the player's name, which is what the draft-service matches
 * (it also strips a pasted label's suffix).
 */
public final class PlayerSuggestions {

    /** Discord shows at most 25 choices. */
    public static final int MAX_CHOICES = 25;
    /** Discord's limit for a choice's name and value. */
    private static final int MAX_LENGTH = 100;

    /** One suggestion: what the member sees and what the option's value becomes. */
    public record Suggestion(String label, String value) {
    }

    private final LeagueView view;
    private final String freeAgentRoster;

    public PlayerSuggestions(LeagueView view, String freeAgentRoster) {
        this.view = view;
        this.freeAgentRoster = freeAgentRoster;
    }

    public List<Suggestion> suggest(String leagueId, AutocompleteSource source, String typed) {
        Predicate<PlayerState> eligible = switch (source) {
            case NONE -> null;
            case ALL_PLAYERS -> p -> true;
            case FREE_AGENTS -> p -> p.team() != null && p.team().equalsIgnoreCase(freeAgentRoster);
        };
        if (eligible == null) {
            return List.of();
        }
        return view.playersByName(leagueId, typed == null ? "" : typed, Integer.MAX_VALUE).stream()
                .filter(eligible)
                .limit(MAX_CHOICES)
                .map(p -> new Suggestion(clip(label(p)), clip(p.name())))
                .toList();
    }

    static String label(PlayerState player) {
        String position = player.positions().isEmpty() ? "?" : player.positions().get(0);
        return String.format(Locale.ROOT, "%s (%s) - %.2f sWAR", player.name(), position, player.swar());
    }

    private static String clip(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }
}
