package app.frontoffice.league;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs an even number of teams so that each round everyone plays once and, over {@code n - 1}
 * rounds, everyone meets everyone (the circle method: the first team stays put, the rest rotate).
 */
final class RoundRobin {

    /** One meeting, visitors first. */
    record Matchup(String away, String home) {

        Matchup swapped() {
            return new Matchup(home, away);
        }
    }

    private RoundRobin() {
    }

    static List<List<Matchup>> rounds(List<String> teams) {
        if (teams.size() < 2 || teams.size() % 2 != 0) {
            throw new IllegalArgumentException("a round robin needs an even number of teams, not " + teams.size());
        }
        int n = teams.size();
        List<String> circle = new ArrayList<>(teams);
        List<List<Matchup>> rounds = new ArrayList<>();
        for (int round = 0; round < n - 1; round++) {
            List<Matchup> matchups = new ArrayList<>();
            for (int i = 0; i < n / 2; i++) {
                Matchup matchup = new Matchup(circle.get(i), circle.get(n - 1 - i));
                // Alternate who is at home so that no team is always the visitor.
                matchups.add(round % 2 == 0 ? matchup : matchup.swapped());
            }
            rounds.add(matchups);
            circle.add(1, circle.remove(n - 1));
        }
        return rounds;
    }
}
