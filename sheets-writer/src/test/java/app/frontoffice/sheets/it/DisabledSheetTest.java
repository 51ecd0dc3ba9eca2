package app.frontoffice.sheets.it;

import app.frontoffice.sim.sheets.SheetsSimulatorClient;
import app.frontoffice.testkit.FrontOfficeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static app.frontoffice.sheets.it.Fixtures.discordActions;
import static app.frontoffice.sheets.it.Fixtures.pick;
import static app.frontoffice.sheets.it.Fixtures.publish;
import static app.frontoffice.sheets.it.Fixtures.record;
import static app.frontoffice.sheets.it.Fixtures.requestResync;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code draft-sheet.enabled=false}: no Sheets call at all, and a resync says why. */
@QuarkusTest
@TestProfile(DisabledSheetTest.Disabled.class)
@WithTestResource(FrontOfficeTestResource.class)
@WithTestResource(SheetsSimulatorResource.class)
class DisabledSheetTest {

    public static class Disabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("draft-sheet.enabled", "false");
        }
    }

    @Test
    void picksAndResyncsMakeNoApiCallAndTheAdminIsTold() throws InterruptedException {
        SheetsSimulatorClient sim = Fixtures.simulator();
        sim.clearRequests();
        publish(List.of(record(pick(13, 100, "Disabled Pick"))));
        requestResync(13, "resync-disabled");
        Fixtures.Published reply = await().atMost(Duration.ofSeconds(20)).until(() -> discordActions().stream()
                .filter(p -> "resync-disabled".equals(p.envelope().correlationId())).findFirst().orElse(null),
                p -> p != null);
        assertThat(reply.text()).contains("The draft sheet is disabled");
        Thread.sleep(500);
        assertThat(sim.requests()).isEmpty();
    }
}
