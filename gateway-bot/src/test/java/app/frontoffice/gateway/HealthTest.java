package app.frontoffice.gateway;

import app.frontoffice.testkit.FrontOfficeTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/** Kubernetes' probes: the service says it is alive and ready once its database and broker are reachable. */
@QuarkusTest
@WithTestResource(value = FrontOfficeTestResource.class,
        initArgs = @ResourceArg(name = FrontOfficeTestResource.DATABASE, value = "gateway"))
class HealthTest {

    @Test
    void isLiveAndReady() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", is("UP"));
    }

    @Test
    void exposesMetricsForPrometheus() {
        given().get("/q/metrics").then().statusCode(200).body(org.hamcrest.Matchers.containsString("frontoffice_outbox_pending"));
    }
}
