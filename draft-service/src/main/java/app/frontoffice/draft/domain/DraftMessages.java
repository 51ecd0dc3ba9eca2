package app.frontoffice.draft.domain;

import app.frontoffice.events.discord.AllowedMentions;
import app.frontoffice.events.discord.Embed;
import app.frontoffice.events.discord.Message;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every Discord message the draft sends, worded exactly like the reference bot's (the league knows
 * these texts, and some of them are searched for in channel history). Titles carry the reference's
 * template prefixes: ✅ success, ❌ error, ⚠️ warning, ℹ️ info.
 */
public final class DraftMessages {

    /** SBA green: the league's colour, used when a team has none. */
    public static final int SBA_GREEN = 0xA6CE39;
    public static final int SUCCESS = 0x28A745;
    public static final int WARNING = 0xFFC107;
    public static final int ERROR = 0xDC3545;
    public static final int INFO = 0x17A2B8;

    public static final String AUTO_DRAFT_FOOTER = "🤖 Auto-drafted from draft list";
    public static final String LOCK_FREE = "🔓 No pick in progress";
    static final int LIST_LINES = 25;
    static final int RECENT_PICKS = 5;
    static final int TOP_PLAYERS = 5;

    private final DraftFormat format;
    private final CapRule capRule;

    public DraftMessages(DraftFormat format, CapRule capRule) {
        this.format = Objects.requireNonNull(format, "format");
        this.capRule = Objects.requireNonNull(capRule, "capRule");
    }

    // ---- refusals -------------------------------------------------------------------------

    /** The {@code /draft} refusal: "❌ Invalid Pick", the short reason, and a "Details" field. */
    public Message invalidPick(String reason, String details) {
        Embed.Builder embed = Embed.builder().title("❌ Invalid Pick").description(reason).colour(ERROR);
        if (details != null) {
            embed.field("Details", details, false);
        }
        return Message.of(embed.build());
    }

    public Message invalidPick(PickDecision.Refused refused) {
        return invalidPick(refused.reason(), refused.details());
    }

    public static Message error(String title, String description) {
        return Message.of(Embed.builder().title("❌ " + title).description(description).colour(ERROR).build());
    }

    public static Message warning(String title, String description) {
        return Message.of(Embed.builder().title("⚠️ " + title).description(description).colour(WARNING).build());
    }

    public static Message info(String title, String description) {
        return Message.of(Embed.builder().title("ℹ️ " + title).description(description).colour(INFO).build());
    }

    public static Message listRefused(DraftListResult.Refused refused) {
        return refused.informational()
                ? info(refused.reason(), refused.details())
                : error(refused.reason(), refused.details());
    }

    public static Message clockRefused(DraftClock.Refused refused) {
        return refused.warning()
                ? warning(refused.reason(), refused.details())
                : error(refused.reason(), refused.details());
    }

    /** "Could not find player 'x'." plus suggestions in the autocomplete label format, so any can be pasted back. */
    public static String didYouMean(NameMatch.Ambiguous<PlayerView> ambiguous) {
        String suggestions = ambiguous.suggestions().stream()
                .map(p -> "• " + autocompleteLabel(p))
                .collect(Collectors.joining("\n"));
        return "Could not find player '" + ambiguous.query() + "'. Did you mean:\n" + suggestions;
    }

    /** The label the FA autocomplete shows: "Name (POS) - 2.50 sWAR". */
    public static String autocompleteLabel(PlayerView player) {
        String pos = player.primaryPosition() == null ? "?" : player.primaryPosition();
        return player.name() + " (" + pos + ") - " + Numbers.twoDp(player.swar()) + " sWAR";
    }

    public Message invalidRound() {
        return error("Invalid Round", "Round number must be between 1 and " + format.rounds() + ".");
    }

    // ---- a pick being made ----------------------------------------------------------------

    /** The reply in the command channel after a manual pick. */
    public Message pickSuccess(TeamView team, PickDecision.Approved approved) {
        return pickSuccess(team, approved.player(), approved.pick().overall(), approved.cap(),
                approved.makeUp() ? approved.currentOverall() : null);
    }

    /**
     * @param makeUpOfCurrent the pick on the clock when this is a make-up pick, else null
     */
    public Message pickSuccess(TeamView team, PlayerView player, int overall, CapCheck cap, Integer makeUpOfCurrent) {
        Embed.Builder embed = Embed.builder()
                .title("✅ " + team.shortName() + " select **" + player.name() + "**")
                .description(format.display(overall))
                .colour(SUCCESS)
                .thumbnail(team.thumbnailUrl())
                .image(player.imageUrl())
                .field("Player ID", String.valueOf(player.id()), true)
                .field("sWAR", Numbers.twoDp(player.swar()), true)
                .field("Projected Team sWAR", Numbers.twoDp(cap.projectedTotal()) + " / " + Numbers.twoDp(cap.cap()), false);
        if (makeUpOfCurrent != null) {
            embed.footer(makeUpFooter(makeUpOfCurrent));
        }
        return Message.of(embed.build());
    }

    public static String makeUpFooter(int currentOverall) {
        return "📝 Making up skipped pick (current pick is #" + currentOverall + ")";
    }

    /**
     * The card posted to the ping and result channels.
     *
     * @param footer {@link #makeUpFooter}, {@link #AUTO_DRAFT_FOOTER}, or null
     */
    public Message draftCard(TeamView team, PlayerView player, int overall, String footer) {
        Embed.Builder embed = Embed.builder()
                .title("✅ " + player.name() + " Drafted!")
                .description(format.display(overall))
                .colour(SUCCESS)
                .field("Selected By", team.abbrev() + " " + team.shortName(), true);
        if (player.primaryPosition() != null) {
            embed.field("Position", player.primaryPosition(), true);
        }
        embed.field("sWAR", Numbers.twoDp(player.swar()), true)
                .thumbnail(player.imageUrl())
                .footer(footer);
        return Message.of(embed.build());
    }

    public Message autoDraftAnnouncement(TeamView team, PlayerView player, int overall) {
        return Message.text("🤖 AUTO-DRAFT: " + team.abbrev() + " selects **" + player.name() + "** (Pick #" + overall + ")");
    }

    public Message skippedNoList(TeamView team) {
        return Message.text("⏰ " + team.abbrev() + " time expired with no draft list - pick skipped");
    }

    public Message skippedNoValidPlayer(TeamView team) {
        return Message.text("⏰ " + team.abbrev() + " time expired - no valid players in draft list");
    }

    /** The skip notice for an auto-draft that found nobody, or null when a player was chosen. */
    public Message skipped(TeamView team, AutoPick outcome) {
        if (outcome instanceof AutoPick.NoList) {
            return skippedNoList(team);
        }
        if (outcome instanceof AutoPick.NoValidPlayer) {
            return skippedNoValidPlayer(team);
        }
        return null;
    }

    public Message timeWarning(TeamView team, int overall, ClockPlan.Kind warning) {
        if (warning == ClockPlan.Kind.EXPIRY) {
            throw new IllegalArgumentException("expiry is not a warning");
        }
        return Message.text("⏰ " + team.abbrev() + " - **" + warning.secondsRemaining()
                + " seconds remaining** for pick #" + overall + "!");
    }

    public Message sheetSyncFailed(int overall, String playerName) {
        return Message.text("⚠️ **Sheet Sync Failed** - Pick #" + overall + " (" + playerName
                + ") was not written to the draft sheet. Use `/draft-admin resync-sheet` to manually sync.");
    }

    // ---- the team on the clock ------------------------------------------------------------

    /**
     * The ping-channel announcement after every advance: the team's role is pinged (and only that
     * role may be), with the embed below.
     *
     * @param picks          the season's pick table (at least the picks before the current one)
     * @param teamSwar       total sWAR of the team's active roster (not the cap-rule total)
     * @param rosterPlayers  every player of the team across active, IL and minors
     * @param sheetUrl       the public draft sheet, or null to leave the link out
     */
    public Message onClockAnnouncement(PickView current,
                                       DraftStateView state,
                                       List<PickView> picks,
                                       double teamSwar,
                                       List<PlayerView> rosterPlayers,
                                       String sheetUrl) {
        TeamView team = current.owner();
        double cap = capRule.capFor(team);
        Embed.Builder embed = Embed.builder()
                .title("⏰ " + team.longName() + " On The Clock")
                .description(format.display(current.overall()))
                .colour(team.colourOr(SBA_GREEN))
                .thumbnail(team.thumbnailUrl());
        if (state.timerOn() && state.deadline() != null) {
            long ts = state.deadline().getEpochSecond();
            embed.field("⏱️ Deadline", "<t:" + ts + ":T> (<t:" + ts + ":R>)", true);
        }
        embed.field("💰 Team sWAR", Numbers.twoDp(teamSwar) + " / " + Numbers.twoDp(cap), true);
        embed.field("📊 Cap Space", Numbers.twoDp(cap - teamSwar), true);

        List<PickView> recent = recentPicks(picks, current.overall());
        if (!recent.isEmpty()) {
            embed.field("📋 Last 5 Picks", recent.stream()
                    .map(p -> "**#" + p.overall() + "** " + p.owner().abbrev() + " - " + p.player().name())
                    .collect(Collectors.joining("\n")), false);
        }
        List<PlayerView> top = rosterPlayers.stream()
                .sorted(Comparator.comparingDouble(PlayerView::swar).reversed())
                .limit(TOP_PLAYERS)
                .toList();
        if (!top.isEmpty()) {
            embed.field("🌟 Top Roster sWAR", top.stream()
                    .map(p -> "**" + p.name() + "** (" + (p.primaryPosition() == null ? "?" : p.primaryPosition())
                            + ") - " + Numbers.twoDp(p.swar()))
                    .collect(Collectors.joining("\n")), false);
        }
        if (sheetUrl != null) {
            embed.field("📊 Draft Sheet", "[View Full Board](" + sheetUrl + ")", false);
        }
        if (current.traded()) {
            embed.footer("📝 This pick was acquired via trade");
        }
        if (team.roleId() == null) {
            return new Message(null, List.of(embed.build()), AllowedMentions.NONE);
        }
        return new Message("<@&" + team.roleId() + ">", List.of(embed.build()), AllowedMentions.roles(team.roleId()));
    }

    /** Posted instead of an on-clock announcement once the last pick is made (the reference re-announced the last pick). */
    public Message draftComplete() {
        return Message.of(Embed.builder()
                .title("🏁 Draft Complete")
                .description("All " + format.totalPicks() + " picks have been made.")
                .colour(SBA_GREEN)
                .build());
    }

    /**
     * The last five picks made before {@code currentOverall}, newest first. Only taken picks count,
     * and the current pick never does (the reference's "last 5" was off by one on /draft-on-clock).
     */
    public static List<PickView> recentPicks(List<PickView> picks, int currentOverall) {
        return picks.stream()
                .filter(p -> p.taken() && p.overall() < currentOverall)
                .sorted(Comparator.comparingInt(PickView::overall).reversed())
                .limit(RECENT_PICKS)
                .toList();
    }

    /** The next five picks after the current one, taken or not. */
    public static List<PickView> upcomingPicks(List<PickView> picks, int currentOverall) {
        return picks.stream()
                .filter(p -> p.overall() > currentOverall)
                .sorted(Comparator.comparingInt(PickView::overall))
                .limit(RECENT_PICKS)
                .toList();
    }

    // ---- read-only commands ---------------------------------------------------------------

    /**
     * {@code /draft-status}.
     *
     * @param current    the pick on the clock, or null once the draft is complete
     * @param lockStatus e.g. {@link #LOCK_FREE}; null leaves the field out
     */
    public Message draftStatus(DraftStateView state, PickView current, String lockStatus, String sheetUrl) {
        boolean complete = format.isComplete(state.currentOverall());
        String description = complete
                ? "The draft is complete: all " + format.totalPicks() + " picks have been made."
                : "Currently on " + format.display(state.currentOverall());
        Embed.Builder embed = Embed.builder()
                .title(state.paused() ? "⚠️ Draft Status - PAUSED" : "ℹ️ Draft Status")
                .description(description)
                .colour(state.paused() ? WARNING : INFO);
        if (current != null && !complete) {
            embed.field("On the Clock", current.owner().abbrev() + " " + current.owner().shortName(), true);
        }
        String timer = state.paused() ? "⏸️ PAUSED" : state.timerOn() ? "✅ Active" : "⏹️ Inactive";
        embed.field("Timer", timer + " (" + clockLabel(DraftClock.storedClock(state)) + ")", true);
        embed.field("Deadline", state.deadline() == null ? "None" : "<t:" + state.deadline().getEpochSecond() + ":R>", true);
        if (state.paused()) {
            embed.field("Pause Status", "🚫 **Draft is paused** - No picks allowed until admin resumes", false);
        }
        if (lockStatus != null) {
            embed.field("Lock Status", lockStatus, false);
        }
        if (sheetUrl != null) {
            embed.field("Draft Sheet", "[View Sheet](" + sheetUrl + ")", false);
        }
        return Message.of(embed.build());
    }

    /**
     * {@code /draft-on-clock}.
     *
     * @param activeSwar the team's active-roster sWAR total, or null when unknown (field left out)
     */
    public Message onTheClock(PickView current, DraftStateView state, List<PickView> picks, Double activeSwar,
                              String sheetUrl) {
        TeamView team = current.owner();
        Embed.Builder embed = Embed.builder()
                .title("⏰ " + team.longName() + " On The Clock")
                .description(format.display(current.overall()))
                .colour(SBA_GREEN);
        if (team.shortName() != null) {
            embed.field("Team", team.abbrev() + " " + team.shortName(), true);
        }
        if (state.deadline() != null) {
            embed.field("Deadline", "<t:" + state.deadline().getEpochSecond() + ":R>", true);
        }
        if (activeSwar != null) {
            embed.field("Current sWAR", Numbers.twoDp(activeSwar) + " / " + Numbers.twoDp(capRule.capFor(team)), true);
        }
        List<PickView> recent = recentPicks(picks, current.overall());
        if (!recent.isEmpty()) {
            embed.field("📋 Last 5 Picks", recent.stream()
                    .map(p -> "**#" + p.overall() + "** - " + p.player().name())
                    .collect(Collectors.joining("\n")), false);
        }
        List<PickView> upcoming = upcomingPicks(picks, current.overall());
        if (!upcoming.isEmpty()) {
            embed.field("🔜 Next 5 Picks", upcoming.stream()
                    .map(p -> "**#" + p.overall() + "** - " + p.owner().shortName())
                    .collect(Collectors.joining("\n")), false);
        }
        if (sheetUrl != null) {
            embed.field("📊 Draft Sheet", "[View Full Board](" + sheetUrl + ")", false);
        }
        if (current.traded()) {
            embed.footer("📝 This pick was traded");
        }
        return Message.of(embed.build());
    }

    /**
     * {@code /draft-board [round]}; {@code roundPicks} are the picks of that round. Each line reads
     * {@code `RR.SS (#OOO)` ABBR - Player} where SS is the order within the round, as the reference prints.
     */
    public Message draftBoard(int round, List<PickView> roundPicks, String sheetUrl) {
        Embed.Builder embed = Embed.builder()
                .title("📋 " + format.roundName(round))
                .description("Draft board for round " + round)
                .colour(SBA_GREEN);
        if (roundPicks.isEmpty()) {
            embed.field("No Picks", "No picks found for this round", false);
        } else {
            embed.field("Picks", roundPicks.stream()
                    .sorted(Comparator.comparingInt(PickView::overall))
                    .map(p -> String.format(Locale.ROOT, "`%2d.%-2d (#%3d)` %s - %s", round, format.sequenceInRound(p.overall()),
                            p.overall(), p.owner().abbrev(), p.taken() ? p.player().name() : "TBD"))
                    .collect(Collectors.joining("\n")), false);
        }
        if (sheetUrl != null) {
            embed.field("Draft Sheet", "[View Full Board](" + sheetUrl + ")", false);
        }
        embed.footer("Use /draft-board [round] to view different rounds");
        return Message.of(embed.build());
    }

    // ---- draft lists ----------------------------------------------------------------------

    /** {@code /draft-list}: the team's queue, at most 25 lines. */
    public Message draftList(TeamView team, DraftList list, Map<Long, PlayerView> players) {
        return Message.of(draftListEmbed(team, list, players, null));
    }

    /** The reply to an add or remove: the confirmation line above the updated queue. */
    public Message draftListUpdated(TeamView team, DraftListResult.Updated updated, Map<Long, PlayerView> players) {
        return Message.of(draftListEmbed(team, updated.list(), players, updated.summary()));
    }

    /** The reply to {@code /draft-list-clear}. */
    public Message queueCleared(DraftListResult.Updated cleared) {
        return Message.of(Embed.builder()
                .title("✅ Queue Cleared")
                .description(cleared.summary())
                .colour(SUCCESS)
                .footer("Use /draft-list-add to build your queue")
                .build());
    }

    private Embed draftListEmbed(TeamView team, DraftList list, Map<Long, PlayerView> players, String summary) {
        String description = "Auto-draft queue for " + team.abbrev();
        Embed.Builder embed = Embed.builder()
                .title("ℹ️ " + team.shortName() + " Draft List")
                .description(summary == null ? description : summary + "\n\n" + description)
                .colour(INFO);
        if (list.isEmpty()) {
            embed.field("Queue Empty", "No players in auto-draft queue", false);
        } else {
            embed.field("Queue (" + list.size() + " players)", list.entries().stream()
                    .limit(LIST_LINES)
                    .map(e -> {
                        PlayerView p = players.get(e.playerId());
                        String who = p == null ? "Player " + e.playerId() : p.name() + " (" + Numbers.twoDp(p.swar()) + ")";
                        return "**" + e.rank() + ".** " + who;
                    })
                    .collect(Collectors.joining("\n")), false);
        }
        embed.footer("Commands: /draft-list-add, /draft-list-remove, /draft-list-clear");
        return embed.build();
    }

    // ---- helpers --------------------------------------------------------------------------

    /** "10 min", or with the new seconds option "1 min 30 s" / "45 s". */
    public static String clockLabel(Duration clock) {
        long minutes = clock.toMinutes();
        long seconds = clock.toSecondsPart();
        if (seconds == 0) {
            return minutes + " min";
        }
        return minutes == 0 ? seconds + " s" : minutes + " min " + seconds + " s";
    }

    /** Discord's relative timestamp markup, e.g. {@code <t:1700000000:R>}. */
    public static String timestamp(Instant instant, char style) {
        return "<t:" + instant.getEpochSecond() + ":" + style + ">";
    }
}
