package app.frontoffice.draft.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user typed (or what Discord sent from autocomplete) into one player.
 *
 * <p>The reference took the first partial match, so "Smith" could draft whichever Smith the API
 * listed first. Here only an exact or a unique case/accent-insensitive match selects a player;
 * anything else comes back as a "did you mean" list.
 */
public final class PlayerNameMatcher {

    public static final int MAX_SUGGESTIONS = 5;

    /**
     * Discord sometimes sends the autocomplete label instead of its value when users type fast:
     * "Mason Miller (RP) - 2.50 sWAR". Positions may be like 1B or SP/RP.
     */
    private static final Pattern LABEL =
            Pattern.compile("^(.+?)\\s*\\([A-Za-z0-9/]+\\)\\s*-\\s*-?[\\d.]+\\s*sWAR$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PlayerNameMatcher() {
    }

    /** The bare name from an autocomplete label; other input is only trimmed. */
    public static String stripAutocompleteLabel(String raw) {
        if (raw == null) {
            return "";
        }
        String trimmed = raw.strip();
        Matcher m = LABEL.matcher(trimmed);
        return m.matches() ? m.group(1).strip() : trimmed;
    }

    /** Lower case, accents removed, whitespace collapsed: "  José  RAMÍREZ" → "jose ramirez". */
    public static String normalize(String name) {
        String decomposed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(bare.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    public static NameMatch<PlayerView> match(String input, Collection<PlayerView> players) {
        return match(input, players, PlayerView::name);
    }

    public static <P> NameMatch<P> match(String input, Collection<P> candidates, Function<P, String> nameOf) {
        String query = stripAutocompleteLabel(input);
        if (query.isEmpty()) {
            return new NameMatch.NotFound<>(query);
        }
        List<P> exact = candidates.stream().filter(p -> query.equals(nameOf.apply(p).strip())).toList();
        if (exact.size() == 1) {
            return new NameMatch.Found<>(exact.get(0));
        }
        String key = normalize(query);
        List<P> loose = candidates.stream().filter(p -> key.equals(normalize(nameOf.apply(p)))).toList();
        if (exact.isEmpty() && loose.size() == 1) {
            return new NameMatch.Found<>(loose.get(0));
        }

        List<Ranked<P>> ranked = new ArrayList<>();
        for (P candidate : candidates) {
            int score = score(key, normalize(nameOf.apply(candidate)));
            if (score >= 0) {
                ranked.add(new Ranked<>(candidate, score, nameOf.apply(candidate)));
            }
        }
        if (ranked.isEmpty()) {
            return new NameMatch.NotFound<>(query);
        }
        List<P> suggestions = ranked.stream()
                .sorted(Comparator.<Ranked<P>>comparingInt(Ranked::score).thenComparing(Ranked::name))
                .limit(MAX_SUGGESTIONS)
                .map(Ranked::candidate)
                .toList();
        return new NameMatch.Ambiguous<>(query, suggestions);
    }

    /** Lower is better; -1 means no match at all. */
    private static int score(String query, String name) {
        if (name.equals(query)) {
            return 0;
        }
        if (name.startsWith(query)) {
            return 1;
        }
        if (wordStartsWith(name, query)) {
            return 2;
        }
        if (name.contains(query)) {
            return 3;
        }
        return allWordsContained(name, query) ? 4 : -1;
    }

    private static boolean wordStartsWith(String name, String query) {
        for (String word : name.split(" ")) {
            if (word.startsWith(query)) {
                return true;
            }
        }
        return name.contains(" " + query);
    }

    /** "miller mason" still finds "Mason Miller". */
    private static boolean allWordsContained(String name, String query) {
        String[] words = query.split(" ");
        if (words.length < 2) {
            return false;
        }
        for (String word : words) {
            if (!name.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private record Ranked<P>(P candidate, int score, String name) {
    }
}
