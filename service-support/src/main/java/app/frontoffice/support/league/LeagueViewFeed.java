package app.frontoffice.support.league;

import app.frontoffice.events.Envelope;
import app.frontoffice.events.EventCodec;
import app.frontoffice.events.EventParseException;
import app.frontoffice.events.EventTypes;
import org.jboss.logging.Logger;

/**
 * Turns records of the {@code league.*} topics into updates of a {@link LeagueView}: a value sets
 * the entity, a tombstone (null value) removes the one its key names. Plain Java so it can be tested
 * without a broker.
 *
 * <p>A record that cannot be read is logged and skipped rather than sent to a dead-letter topic:
 * every replica of every service reads these topics with its own group, so a DLQ would collect one
 * copy per instance, and the league office's own tests pin what it publishes.
 */
public final class LeagueViewFeed {

    private static final Logger LOG = Logger.getLogger(LeagueViewFeed.class);

    private final LeagueView view;

    public LeagueViewFeed(LeagueView view) {
        this.view = view;
    }

    /** {@code league.teams}: key {@code leagueId:abbrev}. */
    public void team(String key, String value) {
        if (value == null) {
            EntityKey k = EntityKey.parse(key);
            if (k != null) {
                view.removeTeam(k.leagueId(), k.id());
            }
            return;
        }
        read(key, value, () -> view.putTeam(EventCodec.payload(EventCodec.decode(value), EventTypes.TEAM_STATE)));
    }

    /** {@code league.players}: key {@code leagueId:playerId}. */
    public void player(String key, String value) {
        if (value == null) {
            EntityKey k = EntityKey.parse(key);
            if (k != null) {
                try {
                    view.removePlayer(k.leagueId(), Integer.parseInt(k.id()));
                } catch (NumberFormatException e) {
                    LOG.warnf("Skipping a league.players tombstone with key %s: the player id is not a number", key);
                }
            }
            return;
        }
        read(key, value, () -> view.putPlayer(EventCodec.payload(EventCodec.decode(value), EventTypes.PLAYER_STATE)));
    }

    /** {@code league.calendar}: key {@code leagueId}. */
    public void calendar(String key, String value) {
        if (value == null) {
            if (key != null) {
                view.removeCalendar(key);
            }
            return;
        }
        read(key, value, () -> {
            Envelope envelope = EventCodec.decode(value);
            view.putCalendar(EventCodec.payload(envelope, EventTypes.CALENDAR_STATE));
        });
    }

    private static void read(String key, String value, Runnable apply) {
        try {
            apply.run();
        } catch (EventParseException e) {
            LOG.warnf("Skipping an unreadable league record (key %s): %s", key, e.getMessage());
        }
    }

    /** {@code leagueId:id}; league ids are snowflakes, so the first colon separates the two. */
    record EntityKey(String leagueId, String id) {
        static EntityKey parse(String key) {
            int colon = key == null ? -1 : key.indexOf(':');
            if (colon <= 0 || colon == key.length() - 1) {
                LOG.warnf("Skipping a league tombstone with a key that names no entity: %s", key);
                return null;
            }
            return new EntityKey(key.substring(0, colon), key.substring(colon + 1));
        }
    }
}
