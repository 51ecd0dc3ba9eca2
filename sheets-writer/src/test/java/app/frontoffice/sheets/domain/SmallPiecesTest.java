package app.frontoffice.sheets.domain;

import app.frontoffice.events.discord.Message;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Keys, replay and messages: small pure pieces. */
class SmallPiecesTest {

    @Test
    void pickKeysParseAndRejectJunk() {
        assertThat(PickKey.parse("800000000000000001:13:5")).contains(new PickKey("800000000000000001", 13, 5));
        assertThat(PickKey.parse("L:13")).isEmpty();
        assertThat(PickKey.parse("L:x:5")).isEmpty();
        assertThat(PickKey.parse("L:13:0")).isEmpty();
        assertThat(PickKey.parse(":13:5")).isEmpty();
        assertThat(PickKey.parse(null)).isEmpty();
        assertThat(PickKey.prefix(new SheetTarget("L", 13))).isEqualTo("L:13:");
    }

    @Test
    void theEnvironmentKeyWinsOverTheConfigFile() {
        Map<String, String> env = Map.of("DRAFT_SHEET_KEY_13", "from-env", "DRAFT_SHEET_KEY_15", " ");
        SheetKeys keys = new SheetKeys(name -> Optional.ofNullable(env.get(name)),
                Map.of("13", "from-file", "14", "file-14", "15", "file-15"));
        assertThat(keys.keyFor(13)).contains("from-env");
        assertThat(keys.keyFor(14)).contains("file-14");
        assertThat(keys.keyFor(15)).contains("file-15"); // a blank variable does not unset the key
        assertThat(keys.keyFor(16)).isEmpty();
    }

    @Test
    void aReplayKeepsTheLastStatePerPickAndTombstonesRemove() {
        SeasonReplay replay = new SeasonReplay(new SheetTarget("L", 13));
        replay.apply(new PickKey("L", 13, 1), SheetLayoutTest.pick(1, "A", "A", "first", 1));
        replay.apply(new PickKey("L", 13, 2), SheetLayoutTest.pick(2, "A", "A", "two", 1));
        replay.apply(new PickKey("L", 13, 1), SheetLayoutTest.pick(1, "A", "A", "second", 1));
        replay.apply(new PickKey("L", 13, 2), null);
        replay.apply(new PickKey("L", 14, 3), SheetLayoutTest.pick(3, "A", "A", "other season", 1));
        replay.apply(new PickKey("M", 13, 4), SheetLayoutTest.pick(4, "A", "A", "other league", 1));
        assertThat(replay.picks()).containsOnlyKeys(1);
        assertThat(replay.picks().get(1).playerName()).isEqualTo("second");
    }

    @Test
    void theFailureNoticeNamesOnePickLikeTheReferenceAndSummarisesMany() {
        assertThat(SheetMessages.failureNotice(List.of(pending(12, "Mike Trout"))).content())
                .startsWith("⚠️ **Sheet Sync Failed** - Pick #12 (Mike Trout) was not written to the draft sheet. "
                        + "Use `/draft-admin resync-sheet` to manually sync.");
        List<PendingPick> many = IntStream.rangeClosed(1, 8).map(i -> 9 - i).mapToObj(i -> pending(i, "P" + i)).toList();
        assertThat(SheetMessages.failureNotice(many).content()).startsWith("⚠️ **Sheet Sync Failed** - 8 picks "
                + "(#1 (P1), #2 (P2), #3 (P3), #4 (P4), #5 (P5) and 3 more) were not written to the draft sheet.");
    }

    @Test
    void resyncAnswersCarryTheSheetLink() {
        Message done = SheetMessages.resyncComplete(19, "abc");
        assertThat(done.embeds().get(0).title()).isEqualTo("Resync Complete");
        assertThat(done.embeds().get(0).description()).isEqualTo("Successfully synced **19** picks to the draft sheet.");
        assertThat(done.embeds().get(0).fields().get(0).value())
                .isEqualTo("[View Draft Sheet](https://docs.google.com/spreadsheets/d/abc)");
        assertThat(SheetMessages.noSheetConfigured(14).embeds().get(0).description())
                .startsWith("No draft sheet is configured for season 14.");
        assertThat(SheetMessages.sheetDisabled().embeds().get(0).description()).startsWith("The draft sheet is disabled");
    }

    private static PendingPick pending(int overall, String name) {
        return new PendingPick(new PickKey("L", 13, overall), SheetLayoutTest.pick(overall, "A", "B", name, 1), 0,
                overall, Instant.EPOCH, List.of());
    }
}
