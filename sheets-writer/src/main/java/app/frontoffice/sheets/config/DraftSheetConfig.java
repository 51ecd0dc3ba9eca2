package app.frontoffice.sheets.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/** Everything under {@code draft-sheet.*}; see application.properties for what each key is for. */
@ConfigMapping(prefix = "draft-sheet")
public interface DraftSheetConfig {

    /** Feature flag (reference {@code DRAFT_SHEET_ENABLED}); when off, no Sheets call is ever made. */
    @WithDefault("true")
    boolean enabled();

    @WithDefault("Ordered List")
    String worksheet();

    /** First of the four columns (original owner, owner, player, sWAR). */
    @WithDefault("D")
    String startColumn();

    /** Season → spreadsheet key; {@code DRAFT_SHEET_KEY_<season>} in the environment overrides it. */
    Map<String, String> keys();

    /** Picks in a season (rounds × teams): the rows a resync rewrites. */
    @WithDefault("512")
    int totalPicks();

    /** Google's endpoint; the Sheets simulator's root URL locally and in tests. */
    @WithDefault("https://sheets.googleapis.com/")
    String rootUrl();

    /**
     * {@code application-default}: Google's application default credentials (the service-account JSON
     * named by GOOGLE_APPLICATION_CREDENTIALS). {@code fake}: a fixed bearer token, for the simulator only.
     */
    @WithDefault("application-default")
    String credentials();

    /** Connect and read timeout of one Sheets call. */
    @WithDefault("20s")
    Duration timeout();

    /** How long a write may keep failing before the league is told (once per incident). */
    @WithDefault("60s")
    Duration failureNoticeAfter();

    /** The draft ping channel, by name. */
    @WithDefault("draft-pings")
    String noticeChannel();

    /** Whether to post a short note when a failing sheet is written again. */
    @WithDefault("true")
    boolean recoveryNote();

    /** How long a resync keeps retrying before it answers "Resync Failed". */
    @WithDefault("2m")
    Duration resyncTimeout();

    /** Resync requests older than this are skipped: their interaction can no longer be answered. */
    @WithDefault("14m")
    Duration resyncMaxAge();

    Flush flush();

    Retry retry();

    interface Flush {
        /** Write once no new pick arrived for this long... */
        @WithDefault("200ms")
        Duration quiet();

        /** ...but no later than this after the oldest pending pick. */
        @WithDefault("1s")
        Duration maxLinger();

        /** Space between two writes: 1.1 s keeps one writer under Google's 60 writes per minute. */
        @WithDefault("1100ms")
        Duration minInterval();
    }

    interface Retry {
        @WithDefault("1s")
        Duration initialDelay();

        @WithDefault("30s")
        Duration maxDelay();
    }
}
