package app.frontoffice.draft.domain;

import java.util.Objects;

/**
 * One row of the pick table as the service loaded it.
 *
 * @param player the player taken with this pick, or null while it is open (or was skipped)
 * @param auto   whether the pick was made by the auto-draft
 */
public record PickView(int overall,
                       int round,
                       TeamView originalOwner,
                       TeamView owner,
                       PlayerView player,
                       boolean auto) {

    public PickView {
        Objects.requireNonNull(owner, "owner");
        if (originalOwner == null) {
            originalOwner = owner;
        }
    }

    public boolean taken() {
        return player != null;
    }

    public boolean traded() {
        return !originalOwner.sameTeam(owner);
    }

    public PickView withPlayer(PlayerView chosen, boolean autoDrafted) {
        return new PickView(overall, round, originalOwner, owner, chosen, autoDrafted);
    }
}
