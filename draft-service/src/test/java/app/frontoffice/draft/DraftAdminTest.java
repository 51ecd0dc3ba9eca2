package app.frontoffice.draft;

import app.frontoffice.draft.state.Draft;
import app.frontoffice.draft.state.PickRow;
import app.frontoffice.draft.state.PlayerRow;
import app.frontoffice.events.Keys;
import app.frontoffice.events.Topics;
import app.frontoffice.events.discord.CommandOption;
import app.frontoffice.league.Player;
import app.frontoffice.testkit.FrontOfficeTestResource;
import app.frontoffice.testkit.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static app.frontoffice.draft.DraftTestSupport.adminCommand;
import static app.frontoffice.draft.DraftTestSupport.ask;
import static app.frontoffice.draft.DraftTestSupport.commandBy;
import static app.frontoffice.draft.DraftTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Admin commands: who may use them, and what they change. */
@QuarkusTest
@WithTestResource(value = FrontOfficeTestResource.class,
        initArgs = @ResourceArg(name = FrontOfficeTestResource.DATABASE, value = "draft"))
class DraftAdminTest {

    @Test
    void aManagerCannotRunAdminCommandsAndNothingChanges() {
        TestLeague league = TestLeague.withRounds(1, false).importIntoDraftService();
        String gm = league.gmOf(league.slotTeam(1));

        String answer = text(ask(commandBy(league.id(), gm, "draft-admin pause")).message());

        assertThat(answer).contains("Permission Denied");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Draft.currentFor(league.id()).orElseThrow().paused)).isFalse();
    }

    @Test
    void clearingAPickFreesThePlayerAndRemovesItFromTheTopic() {
        TestLeague league = TestLeague.withRounds(1, false).importIntoDraftService();
        String id = league.id();
        Player player = league.freeAgents().get(0);
        ask(commandBy(id, league.gmOf(league.slotTeam(1)), "draft", CommandOption.string("player", player.name())));

        String answer = text(ask(adminCommand(id, "draft-admin clear-pick", CommandOption.integer("pick_number", 1))).message());

        assertThat(answer).contains("Pick Cleared").contains(player.name() + " is a free agent again");
        assertThat(QuarkusTransaction.requiringNew().call(() -> PickRow.ofSeason(id, 13).get(0).playerId)).isNull();
        assertThat(QuarkusTransaction.requiringNew().call(() -> PlayerRow.find(id, player.id()).orElseThrow().team)).isEqualTo("FA");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                TestKafka.read(Topics.DRAFT_PICK_MADE, r -> r.key().equals(Keys.pick(id, 13, 1))).stream()
                        .anyMatch(r -> r.value() == null));
        // The pick is now a skipped pick: its owner makes it up.
        assertThat(text(ask(commandBy(id, league.gmOf(league.slotTeam(1)), "draft",
                CommandOption.string("player", player.name()))).message())).contains("Making up skipped pick");
    }

    @Test
    void draftCommandsWaitForTheOffseason() {
        TestLeague league = TestLeague.withRounds(1, false).importIntoDraftService();
        String id = league.id();
        var calendar = new app.frontoffice.events.league.CalendarState(id, 13, 3, false, "UTC");
        TestKafka.send(Topics.LEAGUE_CALENDAR, id, app.frontoffice.events.EventCodec.encode(app.frontoffice.events.EventCodec.envelope(
                app.frontoffice.events.EventTypes.CALENDAR_STATE, id, null, calendar, java.time.Clock.systemUTC())));
        String gm = league.gmOf(league.slotTeam(1));

        await().atMost(Duration.ofSeconds(20)).until(() -> text(ask(commandBy(id, gm, "draft",
                CommandOption.string("player", league.freeAgents().get(0).name()))).message()).contains("only available in the offseason"));
        assertThat(text(ask(commandBy(id, gm, "draft-list")).message())).contains("only available in the offseason");
        assertThat(QuarkusTransaction.requiringNew().call(() -> PickRow.ofSeason(id, 13).get(0).playerId)).isNull();
        // Read-only commands still work in season.
        assertThat(text(ask(commandBy(id, gm, "draft-board")).message())).contains("Round 1");
    }

    @Test
    void resyncSheetIsHandedToSheetsWriterWithTheAdminToAnswer() {
        TestLeague league = TestLeague.withRounds(1, false).importIntoDraftService();
        var command = adminCommand(league.id(), "draft-admin resync-sheet");

        assertThat(text(ask(command).message())).contains("Rebuilding the season 13 draft sheet");
        var requests = await().atMost(Duration.ofSeconds(20)).until(() -> TestKafka.read(Topics.DRAFT_SHEET_REQUESTS,
                r -> league.id().equals(r.key())), r -> !r.isEmpty());
        var request = app.frontoffice.events.EventCodec.payload(app.frontoffice.events.EventCodec.decode(requests.get(0).value()),
                app.frontoffice.events.EventTypes.SHEET_RESYNC_REQUESTED);
        assertThat(request.season()).isEqualTo(13);
        assertThat(request.replyTo().token()).isEqualTo(command.interactionToken());
    }

    @Test
    void timerSettingsAreCheckedAndShown() {
        TestLeague league = TestLeague.withRounds(1, false).importIntoDraftService();
        String id = league.id();

        assertThat(text(ask(adminCommand(id, "draft-admin reset-deadline")).message())).contains("Timer Inactive");
        assertThat(text(ask(adminCommand(id, "draft-admin timer", CommandOption.bool("enabled", true),
                CommandOption.integer("seconds", 45))).message())).contains("45 s");
        Draft draft = QuarkusTransaction.requiringNew().call(() -> Draft.currentFor(id).orElseThrow());
        assertThat(Duration.between(draft.clockStartedAt, draft.pickDeadline)).isEqualTo(Duration.ofSeconds(45));
        assertThat(text(ask(adminCommand(id, "draft-admin pause")).message())).contains("Paused");
        assertThat(text(ask(adminCommand(id, "draft-admin pause")).message())).contains("Already Paused");
        assertThat(text(ask(adminCommand(id, "draft-admin set-pick", CommandOption.integer("pick_number", 99))).message()))
                .contains("between 1 and 16");
    }
}
