package app.frontoffice.gateway;

import app.frontoffice.gateway.discord.DiscordConnection;
import app.frontoffice.testkit.FrontOfficeTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** With discord.enabled=false the gateway starts without a token and never connects. */
@QuarkusTest
@TestProfile(DiscordDisabledTest.Disabled.class)
@WithTestResource(value = FrontOfficeTestResource.class,
        initArgs = @ResourceArg(name = FrontOfficeTestResource.DATABASE, value = "gateway"))
class DiscordDisabledTest {

    public static class Disabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("discord.enabled", "false");
        }
    }

    @Inject
    DiscordConnection connection;

    @Test
    void startsWithoutConnecting() {
        assertThat(connection.jda()).isEmpty();
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Discord gateway' }.data.status", is("disabled"));
    }
}
