package app.frontoffice.draft.domain;

/** What a draft-list edit did: a new list to store, or a refusal that changes nothing. */
public sealed interface DraftListResult {

    /**
     * @param summary the confirmation line the reference shows above the list, e.g.
     *                "✅ Added **X** at position **#3**"
     */
    record Updated(DraftList list, String summary) implements DraftListResult {
    }

    /**
     * @param informational true when nothing is wrong, only nothing to do (clearing an empty queue),
     *                      which the reference shows as an info embed rather than an error
     */
    record Refused(String reason, String details, boolean informational) implements DraftListResult {
        static Refused error(String reason, String details) {
            return new Refused(reason, details, false);
        }
    }
}
