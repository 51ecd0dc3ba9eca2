package app.frontoffice.sim.discord;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Every message in every channel, DM channels included, keyed by id.
 *
 * <p>Ids are minted in increasing order, so sorting by id is sorting by time, which is how Discord
 * pages history ({@code before}/{@code after} are id comparisons).
 */
final class MessageStore {

    private static final Comparator<String> BY_SNOWFLAKE = Comparator.comparingLong(Long::parseLong);

    private final Map<String, StoredMessage> byId = new HashMap<>();
    private final Map<String, TreeMap<String, StoredMessage>> byChannel = new HashMap<>();

    synchronized void add(StoredMessage message) {
        byId.put(message.id(), message);
        byChannel.computeIfAbsent(message.channelId(), c -> new TreeMap<>(BY_SNOWFLAKE)).put(message.id(), message);
    }

    synchronized Optional<StoredMessage> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    synchronized Optional<StoredMessage> update(String id, UnaryOperator<StoredMessage> change) {
        StoredMessage current = byId.get(id);
        if (current == null) {
            return Optional.empty();
        }
        StoredMessage updated = change.apply(current);
        add(updated);
        return Optional.of(updated);
    }

    synchronized Optional<StoredMessage> delete(String id) {
        StoredMessage removed = byId.remove(id);
        if (removed != null) {
            byChannel.getOrDefault(removed.channelId(), new TreeMap<>()).remove(id);
        }
        return Optional.ofNullable(removed);
    }

    /** Deletes the given ids from one channel; returns how many existed there. */
    synchronized int deleteAll(String channelId, Collection<String> ids) {
        int deleted = 0;
        for (String id : ids) {
            StoredMessage m = byId.get(id);
            if (m != null && m.channelId().equals(channelId)) {
                delete(id);
                deleted++;
            }
        }
        return deleted;
    }

    synchronized void dropChannel(String channelId) {
        TreeMap<String, StoredMessage> removed = byChannel.remove(channelId);
        if (removed != null) {
            removed.keySet().forEach(byId::remove);
        }
    }

    /** What members see in a channel, oldest first (ephemeral messages excluded). */
    synchronized List<StoredMessage> visible(String channelId) {
        List<StoredMessage> out = new ArrayList<>();
        for (StoredMessage m : byChannel.getOrDefault(channelId, new TreeMap<>()).values()) {
            if (m.visibleInChannel()) {
                out.add(m);
            }
        }
        return out;
    }

    /** Discord's {@code GET channels/{id}/messages}: newest first, at most {@code limit}. */
    synchronized List<StoredMessage> history(String channelId, int limit, String before, String after) {
        List<StoredMessage> all = visible(channelId);
        List<StoredMessage> out = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && out.size() < limit; i--) {
            StoredMessage m = all.get(i);
            if (before != null && BY_SNOWFLAKE.compare(m.id(), before) >= 0) {
                continue;
            }
            if (after != null && BY_SNOWFLAKE.compare(m.id(), after) <= 0) {
                continue;
            }
            out.add(m);
        }
        return out;
    }
}
