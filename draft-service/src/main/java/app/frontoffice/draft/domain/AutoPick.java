package app.frontoffice.draft.domain;

/** What the auto-draft does when the clock runs out. */
public sealed interface AutoPick {

    /** Draft this player; {@code cap} is the team's cap check for it. */
    record Chosen(PlayerView player, CapCheck cap) implements AutoPick {
    }

    /** The team has no draft list: the pick is skipped and can be made up later. */
    record NoList() implements AutoPick {
    }

    /** Every listed player is gone or over the cap: the pick is skipped. */
    record NoValidPlayer() implements AutoPick {
    }
}
