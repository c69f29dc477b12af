package id.sinergi.gateway;

import id.sinergi.local.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

@QuarkusTest
@WithTestResource(EchoUpstream.class)
class GatewayRoutingTest {

    private static final String TOKEN = DevTokens.mint("registrar-1", "lapas-registrar", "LAPAS", "LAPAS-AMUNTAI");

    @Test
    void aRequestWithoutATokenIs401ProblemAndNeverReachesAService() {
        given().when().get("/api/v1/inmates")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"sinergi\"")
                .body("type", equalTo("https://sinergi.id/problems/unauthorized"));
    }

    @Test
    void aForgedTokenIs401Problem() {
        String forged = TOKEN.substring(0, TOKEN.lastIndexOf('.') + 1) + "Zm9yZ2Vk";
        given().auth().oauth2(forged).when().get("/api/v1/inmates")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void routesEachPrefixToItsServiceWithBodyAndHeaders() {
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).header("Idempotency-Key", "k-1")
                .body("{\"fullName\":\"Ahmad\"}")
                .when().post("/api/v1/inmates")
                .then().statusCode(201)
                .header("ETag", "\"7\"")
                .header("X-Request-Id", not(emptyOrNullString()))
                .body("path", equalTo("/api/v1/inmates"))
                .body("body", equalTo("{\"fullName\":\"Ahmad\"}"))
                .body("idempotencyKey", equalTo("k-1"))
                .body("forwardedHost", matchesPattern("localhost:\\d+"))
                .body("authorization", is(true));

        given().auth().oauth2(TOKEN).when().get("/api/v1/enrolments/42")
                .then().statusCode(200).body("path", equalTo("/api/v1/enrolments/42"));
    }

    @Test
    void aRequestIdIsKeptWhenGivenAndMadeWhenNot() {
        given().auth().oauth2(TOKEN).header("X-Request-Id", "desk-123").when().get("/api/v1/programs")
                .then().statusCode(200).header("X-Request-Id", "desk-123").body("requestId", equalTo("desk-123"));
        given().auth().oauth2(TOKEN).when().get("/api/v1/programs")
                .then().statusCode(200).body("requestId", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void eachServicesOpenApiDocumentIsServedByTheGatewayWithoutAToken() {
        given().when().get("/openapi/inmate-service").then().statusCode(200).body("path", equalTo("/q/openapi"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void anUnknownApiPathIs404Problem() {
        given().auth().oauth2(TOKEN).when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aServiceThatIsDownIs502() {
        given().auth().oauth2(TOKEN).when().get("/api/v1/liaison/summary").then().statusCode(502);
    }
}
