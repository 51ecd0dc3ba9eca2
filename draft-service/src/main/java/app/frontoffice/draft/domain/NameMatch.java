package app.frontoffice.draft.domain;

import java.util.List;

/** The result of looking a typed player name up. */
public sealed interface NameMatch<P> {

    /** Exactly one player has this name (exactly, or ignoring case and accents). */
    record Found<P>(P player) implements NameMatch<P> {
    }

    /**
     * Several players could be meant, or only partial matches exist; nothing is chosen for the user.
     *
     * @param suggestions the most likely players, best first, at most {@link PlayerNameMatcher#MAX_SUGGESTIONS}
     */
    record Ambiguous<P>(String query, List<P> suggestions) implements NameMatch<P> {
        public Ambiguous {
            suggestions = List.copyOf(suggestions);
        }
    }

    record NotFound<P>(String query) implements NameMatch<P> {
    }
}
