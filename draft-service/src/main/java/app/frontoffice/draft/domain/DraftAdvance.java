package app.frontoffice.draft.domain;

import java.util.Collection;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * Where the clock goes after a pick: the next pick that holds no player.
 *
 * <p>Picks already filled (made-up picks, pre-assigned keepers) are passed over. Running past the
 * last pick completes the draft; unlike the reference, nothing is re-announced then, because the
 * caller gets {@link Complete} rather than the unchanged last pick.
 */
public final class DraftAdvance {

    public sealed interface Result {
    }

    public record OnClock(int overall) implements Result {
    }

    public record Complete() implements Result {
    }

    private DraftAdvance() {
    }

    /** The first open pick after {@code currentOverall}. */
    public static Result next(DraftFormat format, int currentOverall, IntPredicate taken) {
        return firstOpenFrom(format, currentOverall + 1, taken);
    }

    public static Result next(DraftFormat format, int currentOverall, Collection<PickView> picks) {
        return next(format, currentOverall, takenIn(picks));
    }

    /** The first open pick at or after {@code overall}; also what an admin's set-pick should land on. */
    public static Result firstOpenFrom(DraftFormat format, int overall, IntPredicate taken) {
        for (int candidate = Math.max(1, overall); candidate <= format.totalPicks(); candidate++) {
            if (!taken.test(candidate)) {
                return new OnClock(candidate);
            }
        }
        return new Complete();
    }

    public static Result firstOpenFrom(DraftFormat format, int overall, Collection<PickView> picks) {
        return firstOpenFrom(format, overall, takenIn(picks));
    }

    private static IntPredicate takenIn(Collection<PickView> picks) {
        Set<Integer> taken = picks.stream()
                .filter(PickView::taken)
                .map(PickView::overall)
                .collect(Collectors.toSet());
        return taken::contains;
    }
}
