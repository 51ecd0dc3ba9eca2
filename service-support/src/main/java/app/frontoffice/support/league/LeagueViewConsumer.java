package app.frontoffice.support.league;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps this service's {@link LeagueView} up to date from {@code league.teams}, {@code league.players}
 * and {@code league.calendar}, and makes the view injectable ({@code @Inject LeagueView view}).
 *
 * <p>The channels' defaults (service-support's {@code microprofile-config.properties}) give every
 * instance its own consumer group and start from the earliest offset without committing, so each
 * replica reads the whole compacted topics at start-up and builds a complete view.
 *
 * <p>Present unless the service is built with {@code frontoffice.league-view.enabled=false} (a build-time
 * property: it removes this bean and, through the channels' {@code enabled} attribute, their consumers).
 */
@ApplicationScoped
@IfBuildProperty(name = "frontoffice.league-view.enabled", stringValue = "true", enableIfMissing = true)
public class LeagueViewConsumer {

    private final LeagueView view = new LeagueView();
    private final LeagueViewFeed feed = new LeagueViewFeed(view);

    @Produces
    @Singleton
    LeagueView leagueView() {
        return view;
    }

    @Incoming("league-teams")
    public void teams(ConsumerRecord<String, String> record) {
        feed.team(record.key(), record.value());
    }

    @Incoming("league-players")
    public void players(ConsumerRecord<String, String> record) {
        feed.player(record.key(), record.value());
    }

    @Incoming("league-calendar")
    public void calendar(ConsumerRecord<String, String> record) {
        feed.calendar(record.key(), record.value());
    }
}
