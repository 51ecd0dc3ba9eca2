package app.frontoffice.events.discord;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A channel by id, or by name where a service only knows the configured name (e.g.
 * {@code transaction-log}). The gateway resolves a name in the league's guild.
 */
public record ChannelRef(String id, String name) {

    public ChannelRef {
        if ((id == null || id.isBlank()) && (name == null || name.isBlank())) {
            throw new IllegalArgumentException("a channel needs an id or a name");
        }
    }

    public static ChannelRef byId(String id) {
        return new ChannelRef(id, null);
    }

    public static ChannelRef byName(String name) {
        return new ChannelRef(null, name);
    }

    @JsonIgnore
    public boolean hasId() {
        return id != null && !id.isBlank();
    }

    @Override
    public String toString() {
        return hasId() ? id : "#" + name;
    }
}
