package app.frontoffice.league.office.api;

import java.util.List;

/** A 4xx answer: every problem found, each as {@code path: message} where there is a path. */
public record Problems(List<String> problems) {

    public static Problems of(String problem) {
        return new Problems(List.of(problem));
    }
}
