package id.sinergi.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.sinergi.gateway.GatewayObservabilityTest.forwardedTraceparent;
import static org.assertj.core.api.Assertions.assertThat;

/** With a collector configured, a trace begins or continues at the gateway and the service is the gateway span's child. */
@QuarkusTest
@TestProfile(GatewayTracingTest.WithCollector.class)
@WithTestResource(EchoUpstream.class)
class GatewayTracingTest {

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]");

    /**
     * A collector address, and sampling at 0 with unsampled parents below, so that no span is
     * actually sent to it: what is tested is the context the service receives.
     */
    public static class WithCollector implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("SINERGI_OTLP_ENDPOINT", "http://127.0.0.1:4317", "sinergi.tracing.sample-ratio", "0");
        }
    }

    private static Matcher traceparentOf(String incoming) {
        String forwarded = forwardedTraceparent(incoming);
        assertThat(forwarded).as("traceparent the service received").isNotNull();
        Matcher matcher = TRACEPARENT.matcher(forwarded);
        assertThat(matcher.matches()).as(forwarded).isTrue();
        return matcher;
    }

    @Test
    void theGatewayStartsATraceForARequestWithoutOneAndContinuesOneItIsGiven() {
        Matcher started = traceparentOf(null);
        assertThat(started.group(1)).isNotEqualTo("00000000000000000000000000000000");

        Matcher continued = traceparentOf("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00");
        assertThat(continued.group(1)).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(continued.group(2)).as("the gateway's own span is the service's parent").isNotEqualTo("b7ad6b7169203331");
    }
}
