package app.frontoffice.sim.discord;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every interaction the simulator dispatched and what the bot did with it: the callback (when and
 * how), the original response message and the follow-ups.
 */
final class InteractionRegistry {

    /** One dispatched interaction. Mutable, guarded by its own monitor. */
    static final class Interaction {
        final String id;
        final String token;
        final String userId;
        final String channelId;
        final String command;
        final boolean autocomplete;
        final long dispatchedNanos;
        /** Completed with the {@code data} of a type-8 callback. */
        final CompletableFuture<JsonNode> autocompleteResult = new CompletableFuture<>();
        private boolean acknowledged;
        private boolean deferred;
        private boolean ephemeral;
        private long ackMillis = -1;
        private int callbackType;
        private String responseMessageId;
        private final List<String> followupIds = new ArrayList<>();

        Interaction(String id, String token, String userId, String channelId, String command, boolean autocomplete) {
            this.id = id;
            this.token = token;
            this.userId = userId;
            this.channelId = channelId;
            this.command = command;
            this.autocomplete = autocomplete;
            this.dispatchedNanos = System.nanoTime();
        }

        /** Records the first callback; false if the interaction was already acknowledged (Discord's 40060). */
        synchronized boolean acknowledge(int type, boolean deferred, boolean ephemeral) {
            if (acknowledged) {
                return false;
            }
            this.acknowledged = true;
            this.callbackType = type;
            this.deferred = deferred;
            this.ephemeral = ephemeral;
            this.ackMillis = (System.nanoTime() - dispatchedNanos) / 1_000_000;
            return true;
        }

        synchronized boolean acknowledged() {
            return acknowledged;
        }

        synchronized boolean deferred() {
            return deferred;
        }

        synchronized boolean ephemeral() {
            return ephemeral;
        }

        synchronized long ackMillis() {
            return ackMillis;
        }

        synchronized int callbackType() {
            return callbackType;
        }

        synchronized String responseMessageId() {
            return responseMessageId;
        }

        synchronized void responseMessageId(String id) {
            this.responseMessageId = id;
        }

        synchronized void addFollowup(String messageId) {
            followupIds.add(messageId);
        }

        synchronized List<String> followupIds() {
            return List.copyOf(followupIds);
        }
    }

    private final Map<String, Interaction> byId = new ConcurrentHashMap<>();
    private final Map<String, Interaction> byToken = new ConcurrentHashMap<>();

    void register(Interaction interaction) {
        byId.put(interaction.id, interaction);
        byToken.put(interaction.token, interaction);
    }

    Optional<Interaction> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<Interaction> byToken(String token) {
        return Optional.ofNullable(byToken.get(token));
    }
}
