package app.frontoffice.sheets;

import app.frontoffice.events.discord.Message;
import app.frontoffice.events.draft.PickMade;
import app.frontoffice.events.draft.SheetResyncRequested;
import app.frontoffice.sheets.config.DraftSheetConfig;
import app.frontoffice.sheets.domain.Backoff;
import app.frontoffice.sheets.domain.SheetKeys;
import app.frontoffice.sheets.domain.SheetLayout;
import app.frontoffice.sheets.domain.SheetMessages;
import app.frontoffice.sheets.domain.SheetTarget;
import app.frontoffice.sheets.domain.SheetWriteException;
import app.frontoffice.sheets.domain.SheetWriter;
import app.frontoffice.sheets.kafka.DiscordNotifier;
import app.frontoffice.sheets.kafka.PickTopicReplayer;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rebuilds a season's sheet from {@code draft.pick-made}: the picks as they now stand, blanks for
 * every other row, written as one block (one API call for a whole season). Because it starts from the
 * topic and not from the sheet, it repairs a vandalised sheet and fills a brand-new empty one alike.
 */
@ApplicationScoped
public class ResyncService {

    private static final Logger LOG = Logger.getLogger(ResyncService.class);

    private final DraftSheetConfig config;
    private final SheetKeys keys;
    private final SheetLayout layout;
    private final PickTopicReplayer replayer;
    private final SheetWriter writer;
    private final PickSync sync;
    private final Backoff backoff;
    private final DiscordNotifier discord;
    private final Clock clock;

    public ResyncService(DraftSheetConfig config, SheetKeys keys, SheetLayout layout, PickTopicReplayer replayer,
                         SheetWriter writer, PickSync sync, Backoff backoff, DiscordNotifier discord, Clock clock) {
        this.config = config;
        this.keys = keys;
        this.layout = layout;
        this.replayer = replayer;
        this.writer = writer;
        this.sync = sync;
        this.backoff = backoff;
        this.discord = discord;
        this.clock = clock;
    }

    public void resync(SheetResyncRequested request) {
        Message answer = run(new SheetTarget(request.leagueId(), request.season()));
        if (request.replyTo() != null) {
            discord.reply(request.leagueId(), request.replyTo(), answer);
        }
    }

    private Message run(SheetTarget target) {
        if (!config.enabled()) {
            return SheetMessages.sheetDisabled();
        }
        Optional<String> key = keys.keyFor(target.season());
        if (key.isEmpty()) {
            return SheetMessages.noSheetConfigured(target.season());
        }
        Instant giveUp = clock.instant().plus(config.resyncTimeout());
        for (int attempt = 1; ; attempt++) {
            try {
                int picks = sync.exclusive(() -> {
                    // Read under the write lock: every live write so far is in this snapshot.
                    Map<Integer, PickMade> season = replayer.replay(target);
                    writer.write(key.get(), List.of(layout.season(season, config.totalPicks())));
                    return season.size();
                });
                LOG.infof("Resynced the %s sheet: %d picks", target, picks);
                return SheetMessages.resyncComplete(picks, key.get());
            } catch (SheetWriteException e) {
                Duration delay = backoff.delay(attempt);
                if (clock.instant().plus(delay).isAfter(giveUp)) {
                    LOG.errorf("Resync of the %s sheet failed after %d attempts: %s", target, attempt, e.getMessage());
                    return SheetMessages.resyncFailed(target.season(), key.get());
                }
                LOG.warnf("Resync of the %s sheet failed (%s); retrying in %s", target, e.getMessage(), delay);
                sleep(delay);
            } catch (Exception e) {
                LOG.errorf(e, "Resync of the %s sheet failed", target);
                return SheetMessages.resyncFailed(target.season(), key.get());
            }
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
