package app.frontoffice.league;

import java.util.List;
import java.util.stream.Collectors;

/** A league file that cannot be used, with every problem found in it (not just the first). */
public class LeagueFileException extends RuntimeException {

    private final List<Problem> problems;

    public LeagueFileException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The problems as {@code path: message} lines, in the order they were found. */
    public List<String> messages() {
        return problems.stream().map(Problem::toString).toList();
    }

    private static String describe(List<Problem> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", "league file has " + count + ":\n", ""));
    }
}
