package app.frontoffice.league;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems while a file is checked. The structural pass runs first; a later problem at or
 * below a path it already reported is dropped, because it is only an echo of the first one (a
 * wrong-typed sWAR should not also be reported as "must not be negative").
 */
final class Problems {

    private final List<Problem> found = new ArrayList<>();
    private final List<String> structural = new ArrayList<>();

    void structural(String path, String message) {
        found.add(new Problem(path, message));
        structural.add(path);
    }

    void add(String path, String message) {
        if (structural.stream().noneMatch(reported -> covers(reported, path))) {
            found.add(new Problem(path, message));
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Problem> list() {
        return List.copyOf(found);
    }

    private static boolean covers(String reported, String path) {
        return path.equals(reported) || path.startsWith(reported + ".") || path.startsWith(reported + "[");
    }
}
