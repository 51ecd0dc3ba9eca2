package app.frontoffice.draft;

import app.frontoffice.draft.commands.DraftCommandConsumer;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.support.outbox.OutboxEvent;
import app.frontoffice.support.outbox.OutboxRelay;
import app.frontoffice.testkit.FrontOfficeTestResource;
import app.frontoffice.testkit.Infrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static app.frontoffice.draft.DraftTestSupport.command;
import static app.frontoffice.draft.DraftTestSupport.envelope;
import static app.frontoffice.draft.DraftTestSupport.replyTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reply decided while Kafka is down is kept in the outbox, not lost, and goes out once the
 * broker is back.
 */
@QuarkusTest
@WithTestResource(value = FrontOfficeTestResource.class,
        initArgs = @ResourceArg(name = FrontOfficeTestResource.DATABASE, value = "draft"))
class OutboxSurvivesBrokerStopTest {

    @Inject
    DraftCommandConsumer consumer;

    @Inject
    OutboxRelay relay;

    @Test
    void aReplyWrittenWhileTheBrokerIsDownIsPublishedWhenItIsBack() {
        SlashCommand status = command("700000000000000200", "draft-status");
        Infrastructure infra = Infrastructure.shared();
        infra.stopKafka();
        try {
            // The record was consumed just before the broker went away.
            consumer.consume(envelope(status));

            assertThat(relay.drain()).as("nothing can be published while the broker is down").isZero();
            assertThat(pendingRows()).isEqualTo(1);
        } finally {
            infra.startKafka();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> replyTo(status).isPresent());
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingRows() == 0);
    }

    private long pendingRows() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("publishedAt is null"));
    }
}
