package app.frontoffice.draft.commands;

import app.frontoffice.draft.board.DraftBoard;
import app.frontoffice.draft.board.DraftBoards;
import app.frontoffice.draft.board.DraftNotices;
import app.frontoffice.draft.board.PickRecorder;
import app.frontoffice.draft.domain.DraftMessages;
import app.frontoffice.draft.domain.NameMatch;
import app.frontoffice.draft.domain.PickDecision;
import app.frontoffice.draft.domain.PickEligibility;
import app.frontoffice.draft.domain.PlayerNameMatcher;
import app.frontoffice.draft.domain.PlayerView;
import app.frontoffice.draft.domain.TeamView;
import app.frontoffice.draft.state.Draft;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.support.discord.DiscordActionOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** {@code /draft player}: a manager makes the pick on the clock, or makes up a skipped one. */
@ApplicationScoped
public class PickCommand {

    @Inject
    DraftBoards boards;

    @Inject
    PickRecorder recorder;

    @Inject
    DraftNotices notices;

    @Inject
    DiscordActionOutbox discord;

    @Inject
    CommandGuards guards;

    public void handle(SlashCommand command) {
        Optional<TeamView> team = guards.requireManagerInDraftPeriod(command);
        if (team.isEmpty()) {
            return;
        }
        // What the manager saw when they pressed enter: if the clock takes this pick while we wait
        // for the lock, they are told so rather than handed a confusing "not your turn".
        int seenCurrent = Draft.currentFor(command.guildId()).map(d -> d.currentOverall).orElse(0);
        Optional<DraftBoard> loaded = boards.current(command.guildId(), true);
        if (loaded.isEmpty()) {
            guards.noDraft(command);
            return;
        }
        DraftBoard board = loaded.get();
        DraftMessages messages = notices.messages(board);
        String query = command.stringOption("player").orElse("");
        NameMatch<PlayerView> player = PlayerNameMatcher.match(query, board.players().values());
        PickEligibility eligibility = new PickEligibility(board.format(), board.capRule(), board.freeAgentTeam());
        PickDecision decision = eligibility.decide(team.get(), board.state(), board.picks(), player,
                board.activeRosterSwar(team.get()));

        if (decision instanceof PickDecision.Refused refused) {
            boolean raceLost = seenCurrent != board.draft().currentOverall
                    && board.pick(seenCurrent).map(p -> p.owner().sameTeam(team.get()) && p.taken()).orElse(false);
            discord.reply(command, raceLost
                    ? messages.invalidPick("Pick Already Made", "That pick was just made: pick #" + seenCurrent
                    + " was taken while your pick was on its way. " + refused.details())
                    : messages.invalidPick(refused));
            return;
        }
        PickDecision.Approved approved = (PickDecision.Approved) decision;
        recorder.record(board, approved.pick(), approved.player(), false, approved.makeUp());

        discord.reply(command, messages.pickSuccess(team.get(), approved));
        String footer = approved.makeUp() ? DraftMessages.makeUpFooter(approved.currentOverall()) : null;
        var card = messages.draftCard(team.get(), approved.player(), approved.pick().overall(), footer);
        String ping = board.draft().pingChannel;
        if (ping != null && !ping.equals(command.channelId()) && !ping.equals(command.channelName())) {
            notices.toPingChannel(board, card);
        }
        notices.toResultChannel(board, card);
        if (!approved.makeUp()) {
            notices.announceCurrent(boards.reload(board));
        }
    }
}
