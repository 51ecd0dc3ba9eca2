package app.frontoffice.draft;

import app.frontoffice.draft.state.Draft;
import app.frontoffice.draft.state.DraftId;
import app.frontoffice.events.Topics;
import app.frontoffice.events.discord.DiscordAction;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.testkit.FrontOfficeTestResource;
import app.frontoffice.testkit.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static app.frontoffice.draft.DraftTestSupport.command;
import static app.frontoffice.draft.DraftTestSupport.publish;
import static app.frontoffice.draft.DraftTestSupport.repliesTo;
import static app.frontoffice.draft.DraftTestSupport.replyTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The walking skeleton: a command on the real broker, an answer from the database, back on the real broker. */
@QuarkusTest
@WithTestResource(value = FrontOfficeTestResource.class,
        initArgs = @ResourceArg(name = FrontOfficeTestResource.DATABASE, value = "draft"))
class DraftStatusPipelineTest {

    @Test
    void draftStatusIsAnsweredFromTheDatabase() {
        QuarkusTransaction.requiringNew().run(() -> {
            Draft draft = new Draft();
            draft.id = new DraftId("700000000000000100", 13);
            draft.currentOverall = 7;
            draft.timerEnabled = true;
            draft.persist();
        });
        SlashCommand status = command("700000000000000100", "draft-status");

        publish(status);

        DiscordAction.ReplyToInteraction reply = await().atMost(Duration.ofSeconds(30))
                .until(() -> replyTo(status), r -> r.isPresent()).orElseThrow();
        assertThat(reply.interaction().token()).isEqualTo(status.interactionToken());
        assertThat(reply.interaction().applicationId()).isEqualTo("app-1");
        assertThat(reply.followup()).isFalse();
        assertThat(reply.message().embeds()).singleElement().satisfies(embed -> {
            assertThat(embed.title()).endsWith("Draft Status");
            assertThat(embed.description()).isEqualTo("Currently on Round 1, Pick 7 (Overall #7)");
            assertThat(embed.fields()).anySatisfy(f -> assertThat(f.value()).startsWith("✅ Active"));
        });
    }

    @Test
    void aLeagueWithoutADraftIsToldSoPolitely() {
        SlashCommand status = command("700000000000000101", "draft-status");

        publish(status);

        var reply = await().atMost(Duration.ofSeconds(30)).until(() -> replyTo(status), r -> r.isPresent()).orElseThrow();
        assertThat(reply.message().embeds().get(0).description()).startsWith("No draft has been set up for this league yet.");
    }

    @Test
    void aCommandDeliveredTwiceIsAnsweredOnce() {
        SlashCommand status = command("700000000000000102", "draft-status");

        publish(status);
        publish(status); // e.g. the gateway's producer retried after a lost ack
        await().atMost(Duration.ofSeconds(30)).until(() -> replyTo(status).isPresent());
        SlashCommand later = command("700000000000000102", "draft-status");
        publish(later);
        await().atMost(Duration.ofSeconds(30)).until(() -> replyTo(later).isPresent());

        assertThat(repliesTo(status)).hasSize(1);
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndTheServiceCarriesOn() {
        TestKafka.send(Topics.DRAFT_COMMANDS, "x", "{this is not an envelope");
        SlashCommand after = command("700000000000000103", "draft-status");
        publish(after);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                !TestKafka.read(Topics.deadLetter(Topics.DRAFT_COMMANDS), r -> "{this is not an envelope".equals(r.value())).isEmpty());
        await().atMost(Duration.ofSeconds(30)).until(() -> replyTo(after).isPresent());
    }
}
