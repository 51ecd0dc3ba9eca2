package app.frontoffice.sheets.domain;

import app.frontoffice.events.draft.PickMade;

import java.util.Map;
import java.util.TreeMap;

/**
 * A season rebuilt from {@code draft.pick-made} read from the beginning: the last value of each key
 * stands and a tombstone removes the pick, exactly what Kafka's compaction would keep.
 */
public final class SeasonReplay {

    private final SheetTarget target;
    private final Map<Integer, PickMade> picks = new TreeMap<>();

    public SeasonReplay(SheetTarget target) {
        this.target = target;
    }

    /** Applies one record in topic order; records of other leagues or seasons are ignored. */
    public void apply(PickKey key, PickMade value) {
        if (!key.target().equals(target)) {
            return;
        }
        if (value == null) {
            picks.remove(key.overall());
        } else {
            picks.put(key.overall(), value);
        }
    }

    public Map<Integer, PickMade> picks() {
        return Map.copyOf(picks);
    }
}
