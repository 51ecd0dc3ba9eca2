package app.frontoffice.league;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Defensive list copies that, unlike {@link List#copyOf}, keep null elements. */
final class Lists {

    private Lists() {
    }

    /**
     * Nulls are kept because a file with a wrong-typed list element is still bound to records so that
     * the remaining problems can be reported; the validator skips such elements.
     */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
