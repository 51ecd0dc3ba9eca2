package app.frontoffice.draft;

import app.frontoffice.draft.clock.DraftClockService;
import app.frontoffice.draft.state.Draft;
import app.frontoffice.draft.state.PickRow;
import app.frontoffice.events.EventCodec;
import app.frontoffice.events.EventTypes;
import app.frontoffice.events.Keys;
import app.frontoffice.events.Topics;
import app.frontoffice.events.discord.CommandOption;
import app.frontoffice.events.discord.DiscordAction;
import app.frontoffice.events.discord.Message;
import app.frontoffice.events.draft.PickMade;
import app.frontoffice.league.Player;
import app.frontoffice.testkit.FrontOfficeTestResource;
import app.frontoffice.testkit.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static app.frontoffice.draft.DraftTestSupport.adminCommand;
import static app.frontoffice.draft.DraftTestSupport.ask;
import static app.frontoffice.draft.DraftTestSupport.awaitPosts;
import static app.frontoffice.draft.DraftTestSupport.commandBy;
import static app.frontoffice.draft.DraftTestSupport.postsTo;
import static app.frontoffice.draft.DraftTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole 16-team, 3-round draft driven by commands on the real broker and a fast clock: manual
 * picks, a traded pick, warnings at their instants, auto-drafts from lists, skips, a make-up pick,
 * and completion.
 */
@QuarkusTest
@WithTestResource(value = FrontOfficeTestResource.class,
        initArgs = @ResourceArg(name = FrontOfficeTestResource.DATABASE, value = "draft"))
class DraftFlowTest {

    @Inject
    ControllableClock clock;

    @Inject
    DraftClockService draftClock;

    @Test
    void aThreeRoundDraftRunsToTheEnd() {
        TestLeague league = TestLeague.withRounds(3, true).importIntoDraftService();
        String id = league.id();
        List<Player> pool = league.freeAgents();
        int next = 0;

        // Pick 1: the first team's GM drafts the best free agent by name.
        String first = league.slotTeam(1);
        DiscordAction.ReplyToInteraction success = ask(commandBy(id, league.gmOf(first), "draft",
                CommandOption.string("player", pool.get(next).name())));
        assertThat(success.message().embeds().get(0).title()).contains("select **" + pool.get(next).name() + "**");
        next++;

        // A GM whose team is not on the clock is refused, politely, and nothing changes.
        String notOnClock = league.slotTeam(5);
        DiscordAction.ReplyToInteraction refused = ask(commandBy(id, league.gmOf(notOnClock), "draft",
                CommandOption.string("player", pool.get(next).name())));
        assertThat(text(refused.message())).contains("Not Your Turn");
        assertThat(currentPick(id)).isEqualTo(2);

        // The admin starts a 2-minute clock: the team on the clock is announced.
        ask(adminCommand(id, "draft-admin timer", CommandOption.bool("enabled", true), CommandOption.integer("minutes", 2)));
        awaitPosts(id, "draft-pings", posts -> posts.stream().anyMatch(t -> t.contains("On The Clock")));
        assertThat(postsTo(id, "draft-pings")).anySatisfy(m -> assertThat(m.mentionRoleNames())
                .containsExactly(league.team(league.slotTeam(2)).longName()));

        // Pick 2 runs out of time with no list: 60 s and 30 s warnings, once each, then a skip.
        String second = league.slotTeam(2);
        Draft draft = draft(id);
        clock.advanceTo(draft.pickDeadline.minusSeconds(60));
        draftClock.runDue();
        draftClock.runDue();
        clock.advanceTo(draft.pickDeadline.minusSeconds(30));
        draftClock.runDue();
        clock.advanceTo(draft.pickDeadline);
        draftClock.runDue();
        List<String> pings = awaitPosts(id, "draft-pings", posts -> posts.stream().anyMatch(t -> t.contains("pick skipped")));
        assertThat(pings).filteredOn(t -> t.contains("**60 seconds remaining** for pick #2")).hasSize(1);
        assertThat(pings).filteredOn(t -> t.contains("**30 seconds remaining** for pick #2")).hasSize(1);
        assertThat(pings).anySatisfy(t -> assertThat(t).contains(second + " time expired with no draft list - pick skipped"));
        assertThat(currentPick(id)).isEqualTo(3);

        // Pick 3 was traded: its new owner makes it, and the announcement said so.
        assertThat(pings).anySatisfy(t -> assertThat(t).contains("This pick was acquired via trade"));
        String tradedTo = league.slotTeam(16);
        ask(commandBy(id, league.gmOf(tradedTo), "draft", CommandOption.string("player", pool.get(next++).name())));
        assertThat(currentPick(id)).isEqualTo(4);

        // The skipped team makes up pick 2 now; the draft does not move.
        DiscordAction.ReplyToInteraction makeUp = ask(commandBy(id, league.gmOf(second), "draft",
                CommandOption.string("player", pool.get(next++).name())));
        assertThat(text(makeUp.message())).contains("Making up skipped pick");
        assertThat(currentPick(id)).isEqualTo(4);

        // Every other team queues players; the clock drafts the rest of the draft from the lists.
        for (int slot = 1; slot <= 16; slot++) {
            String team = league.slotTeam(slot);
            for (int i = 0; i < 3; i++) {
                ask(commandBy(id, league.gmOf(team), "draft-list-add", CommandOption.string("player", pool.get(next++).name())));
            }
        }
        for (int guard = 0; guard < 100 && currentPick(id) <= 48; guard++) {
            clock.advanceTo(draft(id).pickDeadline);
            draftClock.runDue();
        }

        assertThat(currentPick(id)).isEqualTo(49);
        List<PickRow> picks = QuarkusTransaction.requiringNew().call(() -> PickRow.ofSeason(id, 13));
        assertThat(picks).hasSize(48).allSatisfy(p -> assertThat(p.playerId).isNotNull());
        Set<Long> players = new HashSet<>();
        picks.forEach(p -> assertThat(players.add(p.playerId)).as("player %d drafted once", p.playerId).isTrue());
        assertThat(picks.get(2).owner).isEqualTo(tradedTo);
        awaitPosts(id, "draft-pings", posts -> posts.stream().anyMatch(t -> t.contains("Draft Complete")));
        assertThat(postsTo(id, "draft-pings")).anySatisfy(m -> assertThat(text(m)).contains("AUTO-DRAFT"));

        // Every pick is on draft.pick-made exactly as it stands.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                TestKafka.read(Topics.DRAFT_PICK_MADE, r -> r.key().startsWith(id + ":")).size() >= 48);
        List<PickMade> made = TestKafka.read(Topics.DRAFT_PICK_MADE, r -> r.key().startsWith(id + ":")).stream()
                .map(r -> EventCodec.payload(EventCodec.decode(r.value()), EventTypes.PICK_MADE)).toList();
        assertThat(made).hasSize(48);
        assertThat(made).filteredOn(p -> p.overall() == 3).singleElement()
                .satisfies(p -> assertThat(p.owner()).isEqualTo(tradedTo));
        assertThat(TestKafka.read(Topics.DRAFT_PICK_MADE, r -> r.key().equals(Keys.pick(id, 13, 2)))).hasSize(1);

        // The draft says it is over, once, and /draft-on-clock agrees.
        List<Message> all = postsTo(id, "draft-pings");
        assertThat(all).filteredOn(m -> text(m).contains("Draft Complete")).hasSize(1);
        assertThat(text(ask(commandBy(id, league.gmOf(first), "draft-on-clock")).message())).contains("Draft Complete");
    }

    private int currentPick(String leagueId) {
        return draft(leagueId).currentOverall;
    }

    private Draft draft(String leagueId) {
        return QuarkusTransaction.requiringNew().call(() -> Draft.currentFor(leagueId).orElseThrow());
    }
}
