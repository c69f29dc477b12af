package id.sinergi.gateway;

import id.sinergi.local.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(EchoUpstream.class)
class GatewayRoutingTest {

    private static final String PROBLEM = "application/problem+json";

    /** A token of its own per test, so one test's requests never count against another's rate limit. */
    private static String token(String role) {
        return DevTokens.mint("gw-" + UUID.randomUUID(), role, "LAPAS", "LAPAS-AMUNTAI");
    }

    @Test
    void everyKindOfBadTokenIs401ProblemWithAChallenge() {
        String valid = token("lapas-registrar");
        List<String> bad = List.of(
                "not-a-jwt",
                valid.substring(0, valid.lastIndexOf('.') + 1) + "Zm9yZ2Vk",
                DevTokens.mint("late", List.of("lapas-registrar"), "LAPAS", "X", Duration.ofHours(-2)),
                DevTokens.mint("elsewhere", List.of("lapas-registrar"), "LAPAS", "X", Duration.ofHours(1), "https://evil.example"));
        given().when().get("/api/v1/inmates").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer realm=\"sinergi\"")
                .body("type", equalTo("https://sinergi.id/problems/unauthorized"));
        for (String token : bad) {
            given().auth().oauth2(token).when().get("/api/v1/inmates").then().statusCode(401).contentType(PROBLEM)
                    .header("WWW-Authenticate", containsString("Bearer"));
        }
    }

    @Test
    void routesEachPrefixToItsServiceWithBodyAndHeaders() {
        given().auth().oauth2(token("lapas-registrar")).contentType(ContentType.JSON)
                .header("Idempotency-Key", "k-1").header("If-Match", "\"6\"")
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .body("{\"fullName\":\"Ahmad\"}")
                .when().post("/api/v1/inmates")
                .then().statusCode(201)
                .header("ETag", "\"7\"")
                .header("Location", containsString("/api/v1/inmates/1"))
                .body("path", equalTo("/api/v1/inmates"))
                .body("body", equalTo("{\"fullName\":\"Ahmad\"}"))
                .body("idempotencyKey", equalTo("k-1"))
                .body("ifMatch", equalTo("\"6\""))
                // The same trace (GatewayObservabilityTest and GatewayTracingTest: as it came, or continued by the gateway's span).
                .body("traceparent", matchesPattern("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-0[01]"))
                .body("forwardedHost", matchesPattern("localhost:\\d+"))
                .body("authorization", is(true));
        given().auth().oauth2(token("lapas-program-officer")).when().get("/api/v1/enrolments/42")
                .then().statusCode(200).body("path", equalTo("/api/v1/enrolments/42"));
        given().auth().oauth2(token("lapas-program-officer")).when().get("/api/v1/programs")
                .then().statusCode(200).body("path", equalTo("/api/v1/programs"));
    }

    @Test
    void aLargeBodyStreamsThrough() {
        byte[] body = new byte[5 * 1024 * 1024];
        given().auth().oauth2(token("lapas-registrar")).contentType(ContentType.BINARY).body(body)
                .when().post("/api/v1/inmates/import")
                .then().statusCode(201).body("bodyLength", equalTo(body.length));
    }

    @Test
    void aBodyOverTheLimitIs413BeforeAnyOfItIsRead() {
        given().auth().oauth2(token("lapas-registrar")).contentType(ContentType.BINARY).body(new byte[9 * 1024 * 1024])
                .when().post("/api/v1/inmates")
                .then().statusCode(413).contentType(PROBLEM).body("type", equalTo("https://sinergi.id/problems/body-too-large"));
    }

    @Test
    void routesRefuseRolesTheyDoNotServe() {
        String visitor = DevTokens.mint("gw-" + UUID.randomUUID(), "visitor", "LAPAS", "LAPAS-AMUNTAI");
        given().auth().oauth2(visitor).when().get("/api/v1/programs").then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("program-service"));
        String polres = DevTokens.mint("gw-" + UUID.randomUUID(), "polres-officer", "POLRES", "POLRES-HSU");
        given().auth().oauth2(polres).when().get("/api/v1/programs").then().statusCode(200);
    }

    @Test
    void aClientOverItsRateIs429WithRetryAfter() {
        String token = token("lapas-registrar");
        List<Integer> statuses = new ArrayList<>();
        String retryAfter = null;
        for (int i = 0; i < 40; i++) {
            var response = given().auth().oauth2(token).when().get("/api/v1/inmates").then().extract();
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                retryAfter = response.header("Retry-After");
                assertThat(response.contentType()).startsWith(PROBLEM);
            }
        }
        assertThat(statuses).contains(429);
        assertThat(statuses.subList(0, 20)).containsOnly(200);
        assertThat(Integer.parseInt(retryAfter)).isPositive();
        given().auth().oauth2(token("lapas-registrar")).when().get("/api/v1/inmates").then().statusCode(200);
    }

    @Test
    void aRequestIdIsKeptWhenGivenAndMadeWhenNot() {
        String token = token("lapas-registrar");
        given().auth().oauth2(token).header("X-Request-Id", "desk-123").when().get("/api/v1/inmates")
                .then().statusCode(200).header("X-Request-Id", "desk-123").body("requestId", equalTo("desk-123"));
        given().auth().oauth2(token).when().get("/api/v1/inmates")
                .then().statusCode(200).header("X-Request-Id", not(emptyOrNullString()))
                .body("requestId", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void aSlowServiceIs504AndADownServiceIs503NamingItWithinTheTimeout() {
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger proxyLog = java.util.logging.Logger.getLogger("id.sinergi.gateway.proxy");
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(record instanceof org.jboss.logmanager.ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        proxyLog.addHandler(capture);
        try {
            given().auth().oauth2(token("lapas-registrar")).when().get("/api/v1/inmates/slow?nik=6308019912310077&name=Rahasia")
                    .then().statusCode(504).contentType(PROBLEM).time(lessThan(4_500L))
                    .body("type", equalTo("https://sinergi.id/problems/upstream-timeout"))
                    .body("detail", containsString("inmate-service"));
            given().auth().oauth2(token("lapas-liaison")).when().get("/api/v1/liaison/summary?q=Rahasia")
                    .then().statusCode(503).contentType(PROBLEM).header("Retry-After", "5")
                    .body("type", equalTo("https://sinergi.id/problems/upstream-unavailable"))
                    .body("detail", containsString("liaison-service"));
        } finally {
            proxyLog.removeHandler(capture);
        }
        // Each failure is logged with the path it concerned, never with the query (it can hold a NIK or a name).
        assertThat(logged).anySatisfy(line -> assertThat(line).contains("/api/v1/inmates/slow", "504"))
                .anySatisfy(line -> assertThat(line).contains("/api/v1/liaison/summary", "503"))
                .noneSatisfy(line -> assertThat(line).containsAnyOf("6308019912310077", "Rahasia", "?"));
    }

    @Test
    void aServiceWithAsManyReadsAsItMayHaveGetsNoMoreTheRestIs503AtOnce() throws Exception {
        // program-service may have 3 reads at once here; the upstream holds three until the test releases them.
        String upstream = ConfigProvider.getConfig().getValue("sinergi.gateway.upstreams.program-service.url", String.class);
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<Integer>> held = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            held.add(client.sendAsync(HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                                    + "/api/v1/programs/held")).version(HttpClient.Version.HTTP_1_1)
                            .header("Authorization", "Bearer " + token("lapas-program-officer")).build(),
                    HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode));
        }
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> client.send(HttpRequest.newBuilder(URI.create(upstream + "/echo/held")).build(),
                    HttpResponse.BodyHandlers.ofString()).body().equals("3"));

            given().auth().oauth2(token("lapas-program-officer")).when().get("/api/v1/programs")
                    .then().statusCode(503).contentType(PROBLEM).time(lessThan(500L)).header("Retry-After", "1")
                    .body("type", equalTo("https://sinergi.id/problems/overloaded"))
                    .body("detail", containsString("program-service"));
            // A search by body is a read: it waits its turn with the reads.
            given().auth().oauth2(token("lapas-program-officer")).contentType(ContentType.JSON).body("{}")
                    .when().post("/api/v1/programs/search").then().statusCode(503)
                    .body("type", equalTo("https://sinergi.id/problems/overloaded"));
            // Writes are counted apart from reads, and another service is not held back by program-service's reads.
            given().auth().oauth2(token("lapas-program-officer")).contentType(ContentType.JSON).body("{}")
                    .when().post("/api/v1/programs").then().statusCode(201);
            given().auth().oauth2(token("lapas-registrar")).when().get("/api/v1/inmates").then().statusCode(200);
        } finally {
            client.send(HttpRequest.newBuilder(URI.create(upstream + "/echo/release")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        assertThat(held).allSatisfy(answer -> assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(200));
        given().auth().oauth2(token("lapas-program-officer")).when().get("/api/v1/programs").then().statusCode(200);
    }

    @Test
    void anUnknownApiPathIs404Problem() {
        given().auth().oauth2(token("lapas-registrar")).when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void docsAreServedWithoutATokenAndReadinessReportsEachService() {
        given().when().get("/openapi/inmate-service").then().statusCode(200).body("path", equalTo("/q/openapi"));
        given().when().get("/asyncapi/inmate-service/inmate-events.yaml").then().statusCode(200)
                .body("path", equalTo("/asyncapi/inmate-events.yaml"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'services' }.data.'inmate-service'", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.'liaison-service'", equalTo("DOWN"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        given().auth().oauth2(token("lapas-registrar")).when().get("/api/v1/inmates").then()
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store");
    }
}
