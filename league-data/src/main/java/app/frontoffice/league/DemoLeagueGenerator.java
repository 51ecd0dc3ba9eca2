package app.frontoffice.league;

import app.frontoffice.league.DemoNames.DemoTeam;
import app.frontoffice.league.RoundRobin.Matchup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Makes the demo league: 16 fictional teams in the offseason before season 13, ready to draft.
 *
 * <p>Everything comes from one {@link Random} seeded with the caller's seed (never the clock), and
 * only {@code Random}'s specified methods and {@link StrictMath} are used, so a seed gives the same
 * league on every JVM and the committed {@code demo-league.json} can be re-made and compared.
 *
 * <p>Choices worth knowing:
 * <ul>
 *   <li>Standings are last season's final records (a simulated 18-week, 72-game season), because at
 *       week 0 that is the table the draft order comes from: worst record picks first, ties by abbrev.</li>
 *   <li>About a third of the players are under contract (14 per major-league roster, 2 per minor-league
 *       roster, one on the injured list for every fourth team); the rest are free agents for the draft.</li>
 *   <li>Every third team has two GMs, the others one; the one admin is not a GM.</li>
 *   <li>Ids are snowflake-like: a fixed base shifted by the seed, plus a counter.</li>
 * </ul>
 */
public final class DemoLeagueGenerator {

    public static final long DEFAULT_SEED = 13L;

    static final int PLAYER_COUNT = 672;
    static final int ML_PITCHERS = 6;
    static final int ML_HITTERS = 8;
    static final int GAMES_PER_SERIES = 4;
    static final int WEEKS = 18;
    static final String FREE_AGENTS = "FA";

    /** Around 2023 in Discord time, so the ids look like real ones. */
    private static final long SNOWFLAKE_BASE = 1_150_000_000_000_000_000L;
    private static final int FIRST_PLAYER_ID = 1001;
    private static final double MAX_SWAR = 6.0;
    /** Mean of the (exponential) sWAR distribution: most players well under 1.5, a handful of stars. */
    private static final double SWAR_SCALE = 1.1;

    private static final List<String> FIELD_POSITIONS = List.of("C", "1B", "2B", "3B", "SS", "LF", "CF", "RF");
    /** Where a player of each primary position plausibly also plays. */
    private static final Map<String, List<String>> SECONDARY = Map.of(
            "C", List.of("1B", "DH"),
            "1B", List.of("3B", "LF", "RF", "DH"),
            "2B", List.of("SS", "3B", "CF"),
            "3B", List.of("1B", "SS", "2B"),
            "SS", List.of("2B", "3B", "CF"),
            "LF", List.of("RF", "CF", "1B", "DH"),
            "CF", List.of("LF", "RF"),
            "RF", List.of("LF", "CF", "1B", "DH"));

    private final Random random;
    private final long idBase;
    private long nextUser;

    private DemoLeagueGenerator(long seed) {
        this.random = new Random(seed);
        this.idBase = SNOWFLAKE_BASE + Math.floorMod(seed, 1_000_000L) * 1_000_000_000L;
    }

    public static LeagueFile generate(long seed) {
        return new DemoLeagueGenerator(seed).league();
    }

    private LeagueFile league() {
        String adminId = userId();
        League league = new League(String.valueOf(idBase), "Demo Baseball Association", 13, 0, false,
                "America/New_York", FREE_AGENTS, RosterLimits.DEFAULT, 32.0, "League Admin");
        List<Team> teams = teams();
        List<Player> players = players(teams);
        List<String> abbrevs = teams.stream().map(Team::abbrev).toList();
        List<Standing> standings = lastSeason(abbrevs);
        DraftConfig draft = draft(standings);
        DiscordSetup discord = new DiscordSetup(List.of(adminId),
                List.of("draft-pings", "draft-results", "transaction-log", "weekly-info", "live-sba-scores", "admin"),
                "Voice Channels");
        return new LeagueFile(league, teams, players, standings, schedule(abbrevs), draft, discord);
    }

    private List<Team> teams() {
        List<Team> teams = new ArrayList<>();
        for (int t = 0; t < DemoNames.TEAMS.size(); t++) {
            DemoTeam demo = DemoNames.TEAMS.get(t);
            // Every third team shares the job between two GMs, as some teams in the real league do.
            int gmCount = t % 3 == 2 ? 2 : 1;
            List<String> gmIds = new ArrayList<>();
            for (int g = 0; g < gmCount; g++) {
                gmIds.add(userId());
            }
            String thumbnail = "https://example.org/front-office/demo/teams/" + demo.abbrev().toLowerCase(Locale.ROOT) + ".png";
            teams.add(new Team(demo.abbrev(), demo.nickname(), demo.longName(), demo.colour(), thumbnail, null,
                    gmIds, Affiliates.derivedFrom(demo.abbrev())));
        }
        return teams;
    }

    private List<Player> players(List<Team> teams) {
        Set<String> names = new HashSet<>();
        List<Player> unsigned = new ArrayList<>();
        for (int i = 0; i < PLAYER_COUNT; i++) {
            int id = FIRST_PLAYER_ID + i;
            unsigned.add(new Player(id, uniqueName(names), swar(), positions(),
                    "https://example.org/front-office/demo/cards/s13/" + id + ".png", FREE_AGENTS));
        }
        Map<Integer, String> rosterOf = signPlayers(unsigned, teams);
        return unsigned.stream()
                .map(p -> new Player(p.id(), p.name(), p.swar(), p.positions(), p.imageUrl(),
                        rosterOf.getOrDefault(p.id(), FREE_AGENTS)))
                .toList();
    }

    /** Deals players out to rosters so that every major-league roster has pitchers, a catcher and fielders. */
    private Map<Integer, String> signPlayers(List<Player> players, List<Team> teams) {
        List<Player> pitchers = new ArrayList<>();
        List<Player> catchers = new ArrayList<>();
        List<Player> fielders = new ArrayList<>();
        for (Player player : players) {
            if (Positions.isPitcher(player)) {
                pitchers.add(player);
            } else if (player.positions().get(0).equals("C")) {
                catchers.add(player);
            } else {
                fielders.add(player);
            }
        }
        Collections.shuffle(pitchers, random);
        Collections.shuffle(catchers, random);
        Collections.shuffle(fielders, random);
        Map<Integer, String> rosterOf = new HashMap<>();
        for (int t = 0; t < teams.size(); t++) {
            Team team = teams.get(t);
            sign(pitchers, ML_PITCHERS, team.abbrev(), rosterOf);
            sign(catchers, 1, team.abbrev(), rosterOf);
            sign(fielders, ML_HITTERS - 1, team.abbrev(), rosterOf);
            sign(pitchers, 1, team.affiliates().minorLeague(), rosterOf);
            sign(fielders, 1, team.affiliates().minorLeague(), rosterOf);
            if (t % 4 == 0) {
                sign(fielders, 1, team.affiliates().injuredList(), rosterOf);
            }
        }
        return rosterOf;
    }

    private static void sign(List<Player> pool, int count, String roster, Map<Integer, String> rosterOf) {
        for (int i = 0; i < count; i++) {
            rosterOf.put(pool.remove(pool.size() - 1).id(), roster);
        }
    }

    private String uniqueName(Set<String> taken) {
        while (true) {
            String name = DemoNames.FIRST_NAMES.get(random.nextInt(DemoNames.FIRST_NAMES.size())) + " "
                    + DemoNames.LAST_NAMES.get(random.nextInt(DemoNames.LAST_NAMES.size()));
            if (taken.add(name)) {
                return name;
            }
        }
    }

    /** Exponential, redrawn above the maximum, to two decimals. */
    private double swar() {
        while (true) {
            double value = -SWAR_SCALE * StrictMath.log(1.0 - random.nextDouble());
            if (value <= MAX_SWAR) {
                return StrictMath.round(value * 100.0) / 100.0;
            }
        }
    }

    /** About 45% pitchers (25% starters, 20% relievers); the rest fielders, most with a secondary position. */
    private List<String> positions() {
        double kind = random.nextDouble();
        if (kind < 0.25) {
            return random.nextDouble() < 0.2 ? List.of("SP", "RP") : List.of("SP");
        }
        if (kind < 0.45) {
            return random.nextDouble() < 0.1 ? List.of("RP", "SP") : List.of("RP");
        }
        String primary = FIELD_POSITIONS.get(random.nextInt(FIELD_POSITIONS.size()));
        double spread = random.nextDouble();
        int secondaries = spread < 0.45 ? 0 : spread < 0.85 ? 1 : 2;
        List<String> options = new ArrayList<>(SECONDARY.get(primary));
        Collections.shuffle(options, random);
        Set<String> positions = new LinkedHashSet<>();
        positions.add(primary);
        positions.addAll(options.subList(0, Math.min(secondaries, options.size())));
        return List.copyOf(positions);
    }

    /**
     * Simulates last season: an 18-week round robin of 4-game series in which each game goes to a
     * team with odds from both teams' (hidden) strengths.
     */
    private List<Standing> lastSeason(List<String> abbrevs) {
        Map<String, Double> strength = new HashMap<>();
        abbrevs.forEach(abbrev -> strength.put(abbrev, 0.38 + 0.24 * random.nextDouble()));
        List<String> order = new ArrayList<>(abbrevs);
        Collections.shuffle(order, random);
        Map<String, Integer> wins = new HashMap<>();
        Map<String, Integer> losses = new HashMap<>();
        for (List<Matchup> week : weeks(order)) {
            for (Matchup matchup : week) {
                double away = strength.get(matchup.away());
                double home = strength.get(matchup.home());
                // log5: the chance that the away side beats the home side.
                double awayWins = away * (1 - home) / (away * (1 - home) + home * (1 - away));
                for (int game = 0; game < GAMES_PER_SERIES; game++) {
                    boolean awayWon = random.nextDouble() < awayWins;
                    wins.merge(awayWon ? matchup.away() : matchup.home(), 1, Integer::sum);
                    losses.merge(awayWon ? matchup.home() : matchup.away(), 1, Integer::sum);
                }
            }
        }
        return abbrevs.stream()
                .map(abbrev -> new Standing(abbrev, wins.getOrDefault(abbrev, 0), losses.getOrDefault(abbrev, 0)))
                .sorted(Comparator.comparingInt(Standing::wins).reversed().thenComparing(Standing::team))
                .toList();
    }

    private List<ScheduledGame> schedule(List<String> abbrevs) {
        List<ScheduledGame> games = new ArrayList<>();
        List<List<Matchup>> weeks = weeks(abbrevs);
        for (int w = 0; w < weeks.size(); w++) {
            for (Matchup matchup : weeks.get(w)) {
                for (int game = 1; game <= GAMES_PER_SERIES; game++) {
                    games.add(new ScheduledGame(w + 1, matchup.away(), matchup.home(), game, false));
                }
            }
        }
        return games;
    }

    /** 18 weeks from a 15-round round robin: weeks 16-18 replay the first three rounds with home and away swapped. */
    private static List<List<Matchup>> weeks(List<String> abbrevs) {
        List<List<Matchup>> rounds = RoundRobin.rounds(abbrevs);
        List<List<Matchup>> weeks = new ArrayList<>();
        for (int w = 0; w < WEEKS; w++) {
            List<Matchup> round = rounds.get(w % rounds.size());
            weeks.add(w < rounds.size() ? round : round.stream().map(Matchup::swapped).toList());
        }
        return weeks;
    }

    /** Worst record first; three picks traded, one of them in round 1, all in the linear rounds. */
    private DraftConfig draft(List<Standing> standings) {
        List<String> slotOrder = standings.stream()
                .sorted(Comparator.comparingInt(Standing::wins).thenComparing(Standing::team))
                .map(Standing::team)
                .toList();
        List<TradedPick> traded = new ArrayList<>();
        for (int overall : new int[] {3, 24, 76}) {
            String original = slotOrder.get((overall - 1) % slotOrder.size());
            String owner;
            do {
                owner = slotOrder.get(random.nextInt(slotOrder.size()));
            } while (owner.equals(original));
            traded.add(new TradedPick(overall, owner));
        }
        return new DraftConfig(32, slotOrder.size(), 10, slotOrder, traded, 2, "draft-pings", "draft-results", false, null);
    }

    private String userId() {
        return String.valueOf(idBase + 100_000 + nextUser++);
    }
}
