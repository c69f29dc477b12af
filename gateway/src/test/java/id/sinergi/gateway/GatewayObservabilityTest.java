package id.sinergi.gateway;

import id.sinergi.local.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a collector the gateway takes no part in traces: the caller's trace context reaches the
 * service as it came (with a collector: GatewayTracingTest). The gateway's own metrics.
 */
@QuarkusTest
@WithTestResource(EchoUpstream.class)
class GatewayObservabilityTest {

    static final String TOKEN = DevTokens.mint("auditor-1", "auditor", "LAPAS", "KANWIL-KALSEL");

    /** The traceparent the service received for a request with the given one (or none). */
    static String forwardedTraceparent(String incoming) {
        var request = given().auth().oauth2(TOKEN);
        if (incoming != null) {
            request = request.header("traceparent", incoming);
        }
        return request.when().get("/api/v1/inmates/audit").then().statusCode(200)
                .extract().jsonPath().getString("traceparent");
    }

    @Test
    void withoutACollectorTheCallersTraceContextGoesOnUntouched() {
        String incoming = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        assertThat(forwardedTraceparent(incoming)).isEqualTo(incoming);
        assertThat(forwardedTraceparent(null)).as("no trace invented without a collector").isNull();
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
