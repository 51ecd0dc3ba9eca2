package app.frontoffice.sheets.kafka;

import app.frontoffice.events.Envelope;
import app.frontoffice.events.EventCodec;
import app.frontoffice.events.EventTypes;
import app.frontoffice.sheets.ResyncService;
import app.frontoffice.sheets.config.DraftSheetConfig;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;

/** Takes resync requests from {@code draft.sheet-requests}; draft-service has already checked the admin. */
@ApplicationScoped
public class ResyncConsumer {

    private static final Logger LOG = Logger.getLogger(ResyncConsumer.class);

    private final ResyncService resync;
    private final DraftSheetConfig config;
    private final Clock clock;

    public ResyncConsumer(ResyncService resync, DraftSheetConfig config, Clock clock) {
        this.resync = resync;
        this.config = config;
        this.clock = clock;
    }

    @Incoming("sheet-requests")
    @Blocking
    public void onRequest(String json) {
        if (json == null) {
            return;
        }
        Envelope envelope = EventCodec.decode(json);
        if (!EventTypes.SHEET_RESYNC_REQUESTED.matches(envelope)) {
            return;
        }
        // A request older than an interaction's life can no longer be answered; replaying it would
        // only spend quota (e.g. the first start of a new consumer group reads the topic from the start).
        if (Duration.between(envelope.occurredAt(), clock.instant()).compareTo(config.resyncMaxAge()) > 0) {
            LOG.infof("Skipping resync request %s from %s: too old", envelope.eventId(), envelope.occurredAt());
            return;
        }
        resync.resync(EventCodec.payload(envelope, EventTypes.SHEET_RESYNC_REQUESTED));
    }
}
