package app.frontoffice.draft.domain;

import static app.frontoffice.draft.domain.Fixtures.BOS;
import static app.frontoffice.draft.domain.Fixtures.NOW;
import static app.frontoffice.draft.domain.Fixtures.NYY;
import static app.frontoffice.draft.domain.Fixtures.WV;
import static app.frontoffice.draft.domain.Fixtures.fa;
import static app.frontoffice.draft.domain.Fixtures.open;
import static app.frontoffice.draft.domain.Fixtures.taken;
import static org.assertj.core.api.Assertions.assertThat;

import app.frontoffice.events.discord.AllowedMentions;
import app.frontoffice.events.discord.Embed;
import app.frontoffice.events.discord.EmbedField;
import app.frontoffice.events.discord.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DraftMessagesTest {

    private static final PlayerView OHTANI = fa(10, "Shohei Ohtani", 9.0, "SP", "DH");
    private static final PlayerView NOPOS = new PlayerView(11, "No Pos", 1.234, List.of(), null, "FA");
    private final DraftMessages messages = new DraftMessages(DraftFormat.STANDARD, CapRule.STANDARD);
    private final long ts = NOW.plus(Duration.ofMinutes(10)).getEpochSecond();

    private static Embed only(Message message) {
        assertThat(message.embeds()).hasSize(1);
        return message.embeds().get(0);
    }

    private static EmbedField field(String name, String value, boolean inline) {
        return new EmbedField(name, value, inline);
    }

    @Test
    void invalidPickEmbed() {
        Message m = messages.invalidPick(new PickDecision.Refused("Not Your Turn",
                "Yankees is on the clock for Round 1, Pick 2 (Overall #2)."));
        Embed e = only(m);
        assertThat(m.content()).isNull();
        assertThat(e.title()).isEqualTo("❌ Invalid Pick");
        assertThat(e.description()).isEqualTo("Not Your Turn");
        assertThat(e.colour()).isEqualTo(0xDC3545);
        assertThat(e.fields()).containsExactly(
                field("Details", "Yankees is on the clock for Round 1, Pick 2 (Overall #2).", false));
    }

    @Test
    void pickSuccessEmbed() {
        Embed e = only(messages.pickSuccess(WV, OHTANI, 177, new CapCheck(true, 12.3456, 32.0), null));
        assertThat(e.title()).isEqualTo("✅ Black Bears select **Shohei Ohtani**");
        assertThat(e.description()).isEqualTo("Round 12, Pick 16 (Overall #177)");
        assertThat(e.colour()).isEqualTo(0x28A745);
        assertThat(e.thumbnailUrl()).isEqualTo("https://img/wv.png");
        assertThat(e.imageUrl()).isEqualTo("https://img/p10.png");
        assertThat(e.fields()).containsExactly(
                field("Player ID", "10", true),
                field("sWAR", "9.00", true),
                field("Projected Team sWAR", "12.35 / 32.00", false));
        assertThat(e.footer()).isNull();
    }

    @Test
    void makeUpPicksCarryTheFooterOnReplyAndCard() {
        PickDecision.Approved approved = new PickDecision.Approved(open(3, WV), OHTANI, true, 40,
                new CapCheck(true, 0, 32));
        assertThat(only(messages.pickSuccess(WV, approved)).footer())
                .isEqualTo("📝 Making up skipped pick (current pick is #40)");
        assertThat(only(messages.draftCard(WV, OHTANI, 3, DraftMessages.makeUpFooter(40))).footer())
                .isEqualTo("📝 Making up skipped pick (current pick is #40)");
    }

    @Test
    void draftCard() {
        Embed e = only(messages.draftCard(WV, OHTANI, 1, DraftMessages.AUTO_DRAFT_FOOTER));
        assertThat(e.title()).isEqualTo("✅ Shohei Ohtani Drafted!");
        assertThat(e.description()).isEqualTo("Round 1, Pick 1 (Overall #1)");
        assertThat(e.fields()).containsExactly(
                field("Selected By", "WV Black Bears", true),
                field("Position", "SP", true),
                field("sWAR", "9.00", true));
        assertThat(e.thumbnailUrl()).isEqualTo("https://img/p10.png");
        assertThat(e.footer()).isEqualTo("🤖 Auto-drafted from draft list");
        assertThat(only(messages.draftCard(WV, NOPOS, 1, null)).fields()).extracting(EmbedField::name)
                .containsExactly("Selected By", "sWAR");
    }

    @Test
    void plainTextNotices() {
        assertThat(messages.autoDraftAnnouncement(WV, OHTANI, 33).content())
                .isEqualTo("🤖 AUTO-DRAFT: WV selects **Shohei Ohtani** (Pick #33)");
        assertThat(messages.skippedNoList(WV).content())
                .isEqualTo("⏰ WV time expired with no draft list - pick skipped");
        assertThat(messages.skippedNoValidPlayer(WV).content())
                .isEqualTo("⏰ WV time expired - no valid players in draft list");
        assertThat(messages.skipped(WV, new AutoPick.NoList())).isEqualTo(messages.skippedNoList(WV));
        assertThat(messages.skipped(WV, new AutoPick.NoValidPlayer())).isEqualTo(messages.skippedNoValidPlayer(WV));
        assertThat(messages.skipped(WV, new AutoPick.Chosen(OHTANI, new CapCheck(true, 0, 32)))).isNull();
        assertThat(messages.timeWarning(WV, 33, ClockPlan.Kind.WARNING_60).content())
                .isEqualTo("⏰ WV - **60 seconds remaining** for pick #33!");
        assertThat(messages.timeWarning(WV, 33, ClockPlan.Kind.WARNING_30).content())
                .isEqualTo("⏰ WV - **30 seconds remaining** for pick #33!");
        assertThat(messages.sheetSyncFailed(33, "Shohei Ohtani").content()).isEqualTo(
                "⚠️ **Sheet Sync Failed** - Pick #33 (Shohei Ohtani) was not written to the draft sheet. "
                        + "Use `/draft-admin resync-sheet` to manually sync.");
        assertThat(messages.autoDraftAnnouncement(WV, OHTANI, 33).allowedMentions()).isEqualTo(AllowedMentions.NONE);
    }

    private List<PickView> sevenTakenThenOpen() {
        List<PickView> picks = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            picks.add(taken(i, i % 2 == 0 ? NYY : BOS, fa(100 + i, "P" + i, 1.0, "C")));
        }
        picks.add(new PickView(8, 1, NYY, WV, null, false));
        picks.add(open(9, NYY));
        picks.add(taken(10, BOS, fa(110, "P10", 1.0, "C")));
        return picks;
    }

    @Test
    void onClockAnnouncementPingsTheRoleAndShowsEverything() {
        List<PickView> picks = sevenTakenThenOpen();
        List<PlayerView> roster = List.of(fa(1, "A", 1.0, "C"), fa(2, "B", 5.0, "SS"), fa(3, "C", 3.0),
                fa(4, "D", 4.0, "1B"), fa(5, "E", 2.0, "LF"), fa(6, "F", 0.5, "RP"));
        Message m = messages.onClockAnnouncement(picks.get(7), Fixtures.state(8), picks, 20.5, roster,
                "https://docs.google.com/spreadsheets/d/KEY");
        assertThat(m.content()).isEqualTo("<@&900001>");
        assertThat(m.allowedMentions()).isEqualTo(AllowedMentions.roles("900001"));
        Embed e = only(m);
        assertThat(e.title()).isEqualTo("⏰ West Virginia Black Bears On The Clock");
        assertThat(e.description()).isEqualTo("Round 1, Pick 8 (Overall #8)");
        assertThat(e.colour()).isEqualTo(0x0A3161);
        assertThat(e.thumbnailUrl()).isEqualTo("https://img/wv.png");
        assertThat(e.fields()).containsExactly(
                field("⏱️ Deadline", "<t:" + ts + ":T> (<t:" + ts + ":R>)", true),
                field("💰 Team sWAR", "20.50 / 32.00", true),
                field("📊 Cap Space", "11.50", true),
                field("📋 Last 5 Picks", "**#7** BOS - P7\n**#6** NYY - P6\n**#5** BOS - P5\n**#4** NYY - P4\n**#3** BOS - P3", false),
                field("🌟 Top Roster sWAR", "**B** (SS) - 5.00\n**D** (1B) - 4.00\n**C** (?) - 3.00\n**E** (LF) - 2.00\n**A** (C) - 1.00", false),
                field("📊 Draft Sheet", "[View Full Board](https://docs.google.com/spreadsheets/d/KEY)", false));
        assertThat(e.footer()).isEqualTo("📝 This pick was acquired via trade");
    }

    @Test
    void onClockAnnouncementWithoutRoleTimerSheetOrHistory() {
        PickView current = open(1, NYY);
        Message m = messages.onClockAnnouncement(current, Fixtures.timerOff(1), List.of(current), 0.0, List.of(), null);
        assertThat(m.content()).isNull();
        assertThat(m.allowedMentions()).isEqualTo(AllowedMentions.NONE);
        Embed e = only(m);
        assertThat(e.colour()).isEqualTo(0xA6CE39);
        assertThat(e.fields()).containsExactly(
                field("💰 Team sWAR", "0.00 / 30.50", true),
                field("📊 Cap Space", "30.50", true));
        assertThat(e.footer()).isNull();
        // an invalid colour falls back to SBA green too
        assertThat(only(messages.onClockAnnouncement(open(1, BOS), Fixtures.timerOff(1), List.of(), 0.0, List.of(), null))
                .colour()).isEqualTo(0xA6CE39);
    }

    @Test
    void lastFivePicksNeverIncludeTheCurrentPick() {
        List<PickView> picks = new ArrayList<>(sevenTakenThenOpen());
        // an admin moved the clock back onto a filled pick: it is not "before" itself
        assertThat(DraftMessages.recentPicks(picks, 7)).extracting(PickView::overall).containsExactly(6, 5, 4, 3, 2);
        assertThat(DraftMessages.recentPicks(picks, 9)).extracting(PickView::overall).containsExactly(7, 6, 5, 4, 3);
        assertThat(DraftMessages.recentPicks(picks, 1)).isEmpty();
        assertThat(DraftMessages.upcomingPicks(picks, 6)).extracting(PickView::overall).containsExactly(7, 8, 9, 10);
    }

    @Test
    void draftStatusEmbed() {
        Embed e = only(messages.draftStatus(Fixtures.state(177), open(177, NYY), DraftMessages.LOCK_FREE, "https://s"));
        assertThat(e.title()).isEqualTo("ℹ️ Draft Status");
        assertThat(e.colour()).isEqualTo(0x17A2B8);
        assertThat(e.description()).isEqualTo("Currently on Round 12, Pick 16 (Overall #177)");
        assertThat(e.fields()).containsExactly(
                field("On the Clock", "NYY Yankees", true),
                field("Timer", "✅ Active (10 min)", true),
                field("Deadline", "<t:" + ts + ":R>", true),
                field("Lock Status", "🔓 No pick in progress", false),
                field("Draft Sheet", "[View Sheet](https://s)", false));
    }

    @Test
    void pausedDraftStatus() {
        Embed e = only(messages.draftStatus(Fixtures.paused(3), open(3, NYY), null, null));
        assertThat(e.title()).isEqualTo("⚠️ Draft Status - PAUSED");
        assertThat(e.colour()).isEqualTo(0xFFC107);
        assertThat(e.fields()).containsExactly(
                field("On the Clock", "NYY Yankees", true),
                field("Timer", "⏸️ PAUSED (10 min)", true),
                field("Deadline", "None", true),
                field("Pause Status", "🚫 **Draft is paused** - No picks allowed until admin resumes", false));
        DraftStateView off = new DraftStateView(3, false, false, Duration.ofSeconds(90), null, null, null, null);
        assertThat(only(messages.draftStatus(off, open(3, NYY), null, null)).fields().get(1))
                .isEqualTo(field("Timer", "⏹️ Inactive (1 min 30 s)", true));
        assertThat(only(messages.draftStatus(Fixtures.timerOff(513), null, null, null)).description())
                .isEqualTo("The draft is complete: all 512 picks have been made.");
    }

    @Test
    void onTheClockCommandEmbed() {
        List<PickView> picks = sevenTakenThenOpen();
        Embed e = only(messages.onTheClock(picks.get(7), Fixtures.state(8), picks, 20.5, "https://s"));
        assertThat(e.title()).isEqualTo("⏰ West Virginia Black Bears On The Clock");
        assertThat(e.colour()).isEqualTo(0xA6CE39);
        assertThat(e.fields()).containsExactly(
                field("Team", "WV Black Bears", true),
                field("Deadline", "<t:" + ts + ":R>", true),
                field("Current sWAR", "20.50 / 32.00", true),
                field("📋 Last 5 Picks", "**#7** - P7\n**#6** - P6\n**#5** - P5\n**#4** - P4\n**#3** - P3", false),
                field("🔜 Next 5 Picks", "**#9** - Yankees\n**#10** - Red Sox", false),
                field("📊 Draft Sheet", "[View Full Board](https://s)", false));
        assertThat(e.footer()).isEqualTo("📝 This pick was traded");
        assertThat(only(messages.onTheClock(open(1, NYY), Fixtures.timerOff(1), List.of(), null, null)).fields())
                .containsExactly(field("Team", "NYY Yankees", true));
    }

    @Test
    void draftBoardEmbed() {
        List<PickView> round12 = List.of(taken(177, NYY, OHTANI), open(178, WV));
        Embed e = only(messages.draftBoard(12, round12, "https://s"));
        assertThat(e.title()).isEqualTo("📋 Round 12");
        assertThat(e.description()).isEqualTo("Draft board for round 12");
        assertThat(e.fields()).containsExactly(
                field("Picks", "`12.1  (#177)` NYY - Shohei Ohtani\n`12.2  (#178)` WV - TBD", false),
                field("Draft Sheet", "[View Full Board](https://s)", false));
        assertThat(e.footer()).isEqualTo("Use /draft-board [round] to view different rounds");
        Embed first = only(messages.draftBoard(1, List.of(open(16, WV)), null));
        assertThat(first.fields()).containsExactly(field("Picks", "` 1.16 (# 16)` WV - TBD", false));
        assertThat(only(messages.draftBoard(11, List.of(), null)).title()).isEqualTo("📋 Round 11 (Snake Draft Begins)");
        assertThat(only(messages.draftBoard(11, List.of(), null)).fields())
                .containsExactly(field("No Picks", "No picks found for this round", false));
        assertThat(only(messages.invalidRound()).title()).isEqualTo("❌ Invalid Round");
        assertThat(only(messages.invalidRound()).description()).isEqualTo("Round number must be between 1 and 32.");
    }

    @Test
    void draftListEmbeds() {
        DraftList list = DraftList.of(List.of(10L, 77L));
        Embed e = only(messages.draftList(WV, list, Map.of(10L, OHTANI)));
        assertThat(e.title()).isEqualTo("ℹ️ Black Bears Draft List");
        assertThat(e.description()).isEqualTo("Auto-draft queue for WV");
        assertThat(e.fields()).containsExactly(field("Queue (2 players)", "**1.** Shohei Ohtani (9.00)\n**2.** Player 77", false));
        assertThat(e.footer()).isEqualTo("Commands: /draft-list-add, /draft-list-remove, /draft-list-clear");

        DraftListResult.Updated added = (DraftListResult.Updated) DraftList.empty().add(OHTANI, null);
        Embed after = only(messages.draftListUpdated(WV, added, Map.of(10L, OHTANI)));
        assertThat(after.description()).isEqualTo("✅ Added **Shohei Ohtani** at position **#1**\n\nAuto-draft queue for WV");

        assertThat(only(messages.draftList(WV, DraftList.empty(), Map.of())).fields())
                .containsExactly(field("Queue Empty", "No players in auto-draft queue", false));
    }

    @Test
    void draftListShowsAtMostTwentyFiveLines() {
        List<Long> ids = new ArrayList<>();
        for (long i = 1; i <= 30; i++) {
            ids.add(i);
        }
        Embed e = only(messages.draftList(WV, DraftList.of(ids), Map.of()));
        assertThat(e.fields().get(0).name()).isEqualTo("Queue (30 players)");
        assertThat(e.fields().get(0).value().split("\n")).hasSize(25);
    }

    @Test
    void listAndClockRefusalsAndClearing() {
        Embed cleared = only(messages.queueCleared((DraftListResult.Updated) DraftList.of(List.of(1L, 2L)).clear()));
        assertThat(cleared.title()).isEqualTo("✅ Queue Cleared");
        assertThat(cleared.description()).isEqualTo("Cleared **2 players** from your draft queue.");
        assertThat(cleared.footer()).isEqualTo("Use /draft-list-add to build your queue");

        Embed empty = only(DraftMessages.listRefused((DraftListResult.Refused) DraftList.empty().clear()));
        assertThat(empty.title()).isEqualTo("ℹ️ Queue Empty");
        assertThat(empty.description()).isEqualTo("Your draft queue is already empty.");
        Embed rank = only(DraftMessages.listRefused((DraftListResult.Refused) DraftList.empty().add(OHTANI, 3)));
        assertThat(rank.title()).isEqualTo("❌ Invalid Rank");
        assertThat(rank.description()).isEqualTo("Rank must be between 1 and 1.");

        Embed inactive = only(DraftMessages.clockRefused(
                (DraftClock.Refused) DraftClock.resetDeadline(Fixtures.timerOff(1), null, null, NOW)));
        assertThat(inactive.title()).isEqualTo("⚠️ Timer Inactive");
    }

    @Test
    void draftCompleteAndHelpers() {
        Embed e = only(messages.draftComplete());
        assertThat(e.title()).isEqualTo("🏁 Draft Complete");
        assertThat(e.description()).isEqualTo("All 512 picks have been made.");
        assertThat(DraftMessages.clockLabel(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(DraftMessages.clockLabel(Duration.ofMinutes(2))).isEqualTo("2 min");
        assertThat(DraftMessages.timestamp(NOW, 'F')).isEqualTo("<t:" + NOW.getEpochSecond() + ":F>");
        assertThat(DraftMessages.autocompleteLabel(NOPOS)).isEqualTo("No Pos (?) - 1.23 sWAR");
    }
}
