package app.frontoffice.gateway;

import app.frontoffice.testkit.FrontOfficeTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/** Kubernetes' probes: the service says it is alive and ready once its database, broker and Discord are reachable. */
@QuarkusTest
@WithTestResource(value = FrontOfficeTestResource.class,
        initArgs = @ResourceArg(name = FrontOfficeTestResource.DATABASE, value = "gateway"))
@WithTestResource(DiscordSimulatorResource.class) // the same resources as every test here: one application per JVM
class HealthTest {

    @Test
    void isLiveAndReady() {
        GatewayTestSupport.awaitBotReady();
        // Another test may have just restarted the broker; the consumers need a moment to reconnect.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", is("UP"))
                .body("checks.find { it.name == 'Discord gateway' }.status", is("UP"));
    }

    @Test
    void exposesMetricsForPrometheus() {
        given().get("/q/metrics").then().statusCode(200).body(org.hamcrest.Matchers.containsString("frontoffice_outbox_pending"));
    }
}
