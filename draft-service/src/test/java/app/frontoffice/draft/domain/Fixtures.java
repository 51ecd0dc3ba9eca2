package app.frontoffice.draft.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small builders shared by the domain tests. */
final class Fixtures {

    static final String FA = "FA";
    static final Instant NOW = Instant.parse("2026-02-01T18:00:00Z");

    static final TeamView WV = new TeamView("WV", "Black Bears", "West Virginia Black Bears", "0a3161",
            "https://img/wv.png", null, "900001");
    static final TeamView NYY = new TeamView("NYY", "Yankees", "New York Yankees", null,
            "https://img/nyy.png", 30.5, null);
    static final TeamView BOS = new TeamView("BOS", "Red Sox", "Boston Red Sox", "zzz", null, 0.0, "900003");

    private Fixtures() {
    }

    static PlayerView fa(long id, String name, double swar, String... positions) {
        return new PlayerView(id, name, swar, List.of(positions), "https://img/p" + id + ".png", FA);
    }

    static PlayerView onTeam(long id, String name, double swar, String team, String... positions) {
        return new PlayerView(id, name, swar, List.of(positions), "https://img/p" + id + ".png", team);
    }

    static PickView open(int overall, TeamView owner) {
        return new PickView(overall, DraftFormat.STANDARD.roundOf(overall), owner, owner, null, false);
    }

    static PickView taken(int overall, TeamView owner, PlayerView player) {
        return new PickView(overall, DraftFormat.STANDARD.roundOf(overall), owner, owner, player, false);
    }

    static PickView traded(int overall, TeamView original, TeamView owner) {
        return new PickView(overall, DraftFormat.STANDARD.roundOf(overall), original, owner, null, false);
    }

    static DraftStateView state(int current) {
        return new DraftStateView(current, true, false, Duration.ofMinutes(10), NOW,
                NOW.plus(Duration.ofMinutes(10)), "111", "222");
    }

    static DraftStateView paused(int current) {
        return new DraftStateView(current, false, true, Duration.ofMinutes(10), null, null, "111", "222");
    }

    static DraftStateView timerOff(int current) {
        return new DraftStateView(current, false, false, Duration.ofMinutes(10), null, null, "111", "222");
    }

    static List<Double> swars(double value, int count) {
        List<Double> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(value);
        }
        return list;
    }
}
