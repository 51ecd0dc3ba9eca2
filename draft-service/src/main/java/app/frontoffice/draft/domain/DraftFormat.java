package app.frontoffice.draft.domain;

/**
 * The shape of the draft: how many rounds, how many picks per round, and how many opening rounds are
 * linear before the snake starts.
 *
 * <p>The numbering follows the reference bot exactly because the league reads these labels on the
 * draft sheet and in Discord: in linear rounds the label is the slot; from the first snake round on,
 * odd rounds count forwards and even rounds count backwards, so overall 177 is "Round 12, Pick 16".
 */
public record DraftFormat(int rounds, int teamsPerRound, int linearRounds) {

    /** The SBA draft: 32 rounds of 16 teams, rounds 1-10 linear. */
    public static final DraftFormat STANDARD = new DraftFormat(32, 16, 10);

    public DraftFormat {
        if (rounds < 1 || teamsPerRound < 1) {
            throw new IllegalArgumentException("rounds and teamsPerRound must be positive");
        }
        if (linearRounds < 0 || linearRounds > rounds) {
            throw new IllegalArgumentException("linearRounds must be between 0 and rounds");
        }
    }

    public int totalPicks() {
        return rounds * teamsPerRound;
    }

    public boolean isValidOverall(int overall) {
        return overall >= 1 && overall <= totalPicks();
    }

    public boolean isValidRound(int round) {
        return round >= 1 && round <= rounds;
    }

    /** The draft is over once the pick on the clock would be past the last pick. */
    public boolean isComplete(int currentOverall) {
        return currentOverall > totalPicks();
    }

    public int roundOf(int overall) {
        requireOverall(overall);
        return (overall - 1) / teamsPerRound + 1;
    }

    /** The pick label within the round, as the reference displays it. */
    public int positionInRound(int overall) {
        int round = roundOf(overall);
        int sequence = sequenceInRound(overall);
        return countsBackwards(round) ? teamsPerRound + 1 - sequence : sequence;
    }

    /** The inverse of {@link #roundOf} and {@link #positionInRound}. */
    public int overallOf(int round, int position) {
        if (!isValidRound(round)) {
            throw new IllegalArgumentException("round " + round + " is outside 1.." + rounds);
        }
        if (position < 1 || position > teamsPerRound) {
            throw new IllegalArgumentException("position " + position + " is outside 1.." + teamsPerRound);
        }
        int before = (round - 1) * teamsPerRound;
        return countsBackwards(round) ? before + teamsPerRound + 1 - position : before + position;
    }

    public PickSlot slot(int overall) {
        return new PickSlot(overall, roundOf(overall), positionInRound(overall));
    }

    public String display(int overall) {
        return slot(overall).display();
    }

    public String roundName(int round) {
        if (round == linearRounds + 1 && round <= rounds) {
            return "Round " + round + " (Snake Draft Begins)";
        }
        return "Round " + round;
    }

    /**
     * 1-based order in which the pick is made within its round. The draft board lists picks by this
     * number (the reference prints {@code overall mod teams}, 0 read as the last).
     */
    public int sequenceInRound(int overall) {
        requireOverall(overall);
        return (overall - 1) % teamsPerRound + 1;
    }

    /**
     * The 1-based draft slot (index into the round-1 order) whose team originally owns the pick.
     *
     * <p>The league's rule is that the last linear pick and the first snake pick go to the same
     * team (10.16 and 11.1), and the order then turns at every round boundary. So the first snake
     * round runs in reverse slot order, the next forwards, and so on.
     */
    public int originalSlotOf(int overall) {
        int round = roundOf(overall);
        int sequence = sequenceInRound(overall);
        boolean reversed = round > linearRounds && (round - linearRounds) % 2 == 1;
        return reversed ? teamsPerRound + 1 - sequence : sequence;
    }

    private boolean countsBackwards(int round) {
        return round > linearRounds && round % 2 == 0;
    }

    private void requireOverall(int overall) {
        if (!isValidOverall(overall)) {
            throw new IllegalArgumentException("overall " + overall + " is outside 1.." + totalPicks());
        }
    }
}
