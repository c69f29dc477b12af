package id.sinergi.gateway;

import id.sinergi.local.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Traces begin or continue at the gateway and go on to the service; the gateway's own metrics. */
@QuarkusTest
@WithTestResource(EchoUpstream.class)
class GatewayObservabilityTest {

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]");
    private static final String TOKEN = DevTokens.mint("auditor-1", "auditor", "LAPAS", "KANWIL-KALSEL");

    private static Matcher forwardedTraceparent(String incoming) {
        var request = given().auth().oauth2(TOKEN);
        if (incoming != null) {
            request = request.header("traceparent", incoming);
        }
        String forwarded = request.when().get("/api/v1/inmates/audit").then().statusCode(200)
                .extract().jsonPath().getString("traceparent");
        assertThat(forwarded).as("traceparent the service received").isNotNull();
        Matcher matcher = TRACEPARENT.matcher(forwarded);
        assertThat(matcher.matches()).as(forwarded).isTrue();
        return matcher;
    }

    @Test
    void theGatewayStartsATraceForARequestWithoutOneAndContinuesOneItIsGiven() {
        Matcher started = forwardedTraceparent(null);
        assertThat(started.group(1)).isNotEqualTo("00000000000000000000000000000000");

        Matcher continued = forwardedTraceparent("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        assertThat(continued.group(1)).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(continued.group(2)).as("the gateway's own span is the service's parent").isNotEqualTo("b7ad6b7169203331");
    }

    @Test
    void prometheusServesOneHttpSeriesPerRouteNotPerRecord() {
        given().auth().oauth2(TOKEN).when().get("/api/v1/inmates/7a1d2c3e-0000-4000-8000-000000000001").then().statusCode(200);
        given().auth().oauth2(TOKEN).when().get("/api/v1/inmates/7a1d2c3e-0000-4000-8000-000000000002").then().statusCode(200);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .contains("http_server_requests_seconds_bucket{application=\"gateway\"")
                .contains("uri=\"/api/v1/inmates/**\"")
                .doesNotContain("7a1d2c3e-0000-4000-8000")
                .contains("jvm_memory_used_bytes");
    }
}
