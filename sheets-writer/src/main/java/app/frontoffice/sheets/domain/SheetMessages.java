package app.frontoffice.sheets.domain;

import app.frontoffice.events.discord.Embed;
import app.frontoffice.events.discord.Message;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Every message sheets-writer sends to Discord, worded like the reference bot where it has one. */
public final class SheetMessages {

    static final int LISTED_PICKS = 5;
    private static final int GREEN = 0x2ECC71;
    private static final int ORANGE = 0xF39C12;
    private static final int RED = 0xE74C3C;

    private SheetMessages() {
    }

    public static String sheetUrl(String key) {
        return "https://docs.google.com/spreadsheets/d/" + key;
    }

    /** The ping-channel notice, once per incident; it lists a few of the picks waiting and counts the rest. */
    public static Message failureNotice(List<PendingPick> unwritten) {
        List<PendingPick> sorted = unwritten.stream()
                .sorted(Comparator.comparingInt(p -> p.key().overall())).toList();
        String what;
        if (sorted.size() == 1) {
            what = "Pick " + sorted.get(0).label() + " was";
        } else {
            String listed = sorted.stream().limit(LISTED_PICKS).map(PendingPick::label)
                    .collect(Collectors.joining(", "));
            int more = sorted.size() - LISTED_PICKS;
            what = sorted.size() + " picks (" + listed + (more > 0 ? " and " + more + " more" : "") + ") were";
        }
        return Message.text("⚠️ **Sheet Sync Failed** - " + what + " not written to the draft sheet. "
                + "Use `/draft-admin resync-sheet` to manually sync. (I keep retrying.)");
    }

    public static Message recovered(int season) {
        return Message.text("✅ Sheet sync recovered - the season " + season + " draft sheet is up to date again.");
    }

    public static Message resyncComplete(int picks, String key) {
        return Message.of(Embed.builder()
                .title("Resync Complete")
                .description("Successfully synced **" + picks + "** picks to the draft sheet.")
                .colour(GREEN)
                .field("📊 Draft Sheet", "[View Draft Sheet](" + sheetUrl(key) + ")")
                .url(sheetUrl(key))
                .build());
    }

    public static Message resyncFailed(int season, String key) {
        return Message.of(Embed.builder()
                .title("Resync Failed")
                .description("Google Sheets did not accept the season " + season + " draft sheet after several "
                        + "attempts. Nothing was lost: try `/draft-admin resync-sheet` again in a few minutes.")
                .colour(RED)
                .field("📊 Draft Sheet", "[View Draft Sheet](" + sheetUrl(key) + ")")
                .build());
    }

    public static Message noSheetConfigured(int season) {
        return Message.of(Embed.builder()
                .title("No Draft Sheet")
                .description("No draft sheet is configured for season " + season + ". Set `DRAFT_SHEET_KEY_"
                        + season + "` (or `draft-sheet.keys.\"" + season + "\"`) for sheets-writer and try again.")
                .colour(ORANGE)
                .build());
    }

    public static Message sheetDisabled() {
        return Message.of(Embed.builder()
                .title("Draft Sheet Disabled")
                .description("The draft sheet is disabled (`draft-sheet.enabled=false`), so there is nothing to "
                        + "resync. Enable it for sheets-writer first.")
                .colour(ORANGE)
                .build());
    }
}
