package app.frontoffice.gateway;

import app.frontoffice.events.Topics;
import app.frontoffice.gateway.messages.Texts;
import app.frontoffice.testkit.FrontOfficeTestResource;
import app.frontoffice.testkit.Infrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static app.frontoffice.gateway.GatewayTestSupport.sim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With Kafka down the member hears within seconds that the league office can't be reached. */
@QuarkusTest
@WithTestResource(value = FrontOfficeTestResource.class,
        initArgs = @ResourceArg(name = FrontOfficeTestResource.DATABASE, value = "gateway"))
@WithTestResource(DiscordSimulatorResource.class)
class BrokerDownTest {

    @Test
    void aCommandThatCannotBePublishedIsAnsweredWithTheReason() {
        GatewayTestSupport.awaitBotReady();
        Infrastructure infra = Infrastructure.shared();
        String id;
        infra.stopKafka();
        try {
            id = sim().invoke("jordan", "general", "draft-status", Map.of());
            // The publish timeout (3 s) plus slack for a loaded machine.
            await().atMost(Duration.ofSeconds(15)).until(() -> sim().interaction(id).response() != null
                    && Texts.OFFICE_UNREACHABLE.equals(sim().interaction(id).response().content()));
            assertThat(sim().interaction(id).deferred()).isTrue();
        } finally {
            infra.startKafka();
        }
        // The command was dropped, not delivered late to a service that would answer nobody.
        assertThat(GatewayTestSupport.publishedEnvelope(Topics.DRAFT_COMMANDS, id)).isEmpty();
    }
}
