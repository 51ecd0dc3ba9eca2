package app.frontoffice.sheets;

import app.frontoffice.testkit.FrontOfficeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/** Kubernetes' probes. sheets-writer keeps no database: its progress is its Kafka offset. */
@QuarkusTest
@WithTestResource(FrontOfficeTestResource.class)
@WithTestResource(app.frontoffice.sheets.it.SheetsSimulatorResource.class)
class HealthTest {

    @Test
    void isLiveAndReady() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
    }
}
