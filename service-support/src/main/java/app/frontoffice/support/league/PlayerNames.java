package app.frontoffice.support.league;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Player names as people type them: without case and without accents, so "jose ram" finds
 * "José Ramírez". Shared by the read model and the league office's ops API so both match alike.
 */
public final class PlayerNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PlayerNames() {
    }

    /** Lower case, accents removed, runs of white space collapsed to one space, trimmed. */
    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /**
     * How well a name matches what was typed, both already {@link #fold folded}: 0 the name starts
     * with it, 1 one of its later words does, 2 it occurs anywhere, -1 no match.
     */
    public static int rank(String foldedName, String foldedQuery) {
        if (foldedQuery.isEmpty() || foldedName.startsWith(foldedQuery)) {
            return 0;
        }
        int at = foldedName.indexOf(foldedQuery);
        if (at < 0) {
            return -1;
        }
        // A later occurrence may be at a word start even if the first one is not ("Ann Annson" / "ann").
        for (int i = at; i >= 0; i = foldedName.indexOf(foldedQuery, i + 1)) {
            if (i > 0 && !Character.isLetterOrDigit(foldedName.charAt(i - 1))) {
                return 1;
            }
        }
        return 2;
    }
}
