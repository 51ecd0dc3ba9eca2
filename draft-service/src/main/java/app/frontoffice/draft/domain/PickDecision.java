package app.frontoffice.draft.domain;

/** Whether a manual {@code /draft} may go ahead, and with which pick. */
public sealed interface PickDecision {

    /**
     * @param makeUp         true when the team is making up an earlier skipped pick; such a pick
     *                       never advances the draft
     * @param currentOverall the pick on the clock at decision time (for the make-up footer)
     * @param cap            the cap rule's verdict, shown as "Projected Team sWAR"
     */
    record Approved(PickView pick, PlayerView player, boolean makeUp, int currentOverall, CapCheck cap)
            implements PickDecision {
    }

    /** A refusal, shown as the "❌ Invalid Pick" embed with {@code reason} and a "Details" field. */
    record Refused(String reason, String details) implements PickDecision, PickChoice {
    }

    /** Which pick a team would use, before the player is looked at. */
    sealed interface PickChoice permits Chosen, Refused {
    }

    record Chosen(PickView pick, boolean makeUp) implements PickChoice {
    }
}
