package id.sinergi.system;

import id.sinergi.local.DevTokens;
import id.sinergi.local.LocalPostgres;
import id.sinergi.local.Stack;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The walking skeleton across every service over the real broker: an admission made through the
 * gateway reaches program-service's and liaison-service's read models, and how long it takes
 * (faults are {@link FaultsIT}'s).
 */
class SkeletonIT {

    private static final String REGISTRAR = DevTokens.mint("registrar-1", "lapas-registrar", "LAPAS", "LAPAS-AMUNTAI");
    private static Stack stack;

    @BeforeAll
    static void startStack() {
        stack = RunningStack.get();
    }

    /** A foreign national's admission: no NIK needed, so names alone tell admissions apart. */
    static String admission(String name) {
        return """
                {"fullName":"%s","sex":"MALE","nationality":"MYS","registerClass":"B.I",
                 "offences":[{"article":"Pasal 114 ayat (1)","law":"UU 35/2009"}],
                 "sentence":{"start":"2026-01-15","years":5,"months":0,"days":0},"cellBlock":"A-1","riskLevel":"HIGH"}"""
                .formatted(name);
    }

    /** Commit time (epoch µs) of each row's transaction, by id. */
    private static Map<String, Long> commitTimes(String database, String table, String idColumn, Collection<String> ids)
            throws SQLException {
        Map<String, Long> times = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(database), LocalPostgres.USER, "");
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + idColumn + "::text, (extract(epoch FROM pg_xact_commit_timestamp(xmin)) * 1000000)::bigint"
                             + " FROM " + table + " WHERE " + idColumn + "::text = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    times.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return times;
    }

    private static void awaitInBothReadModels(Collection<String> ids) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() ->
                commitTimes("program", "known_inmate", "inmate_id", ids).size() == ids.size()
                        && commitTimes("liaison", "inmate_snapshot", "inmate_id", ids).size() == ids.size());
    }

    @Test
    void anAdmissionThroughTheGatewayReachesBothReadModels() {
        String location = given().baseUri(stack.gatewayUrl()).auth().oauth2(REGISTRAR).contentType(ContentType.JSON)
                .body(admission("Ahmad Rizani"))
                .when().post("/api/v1/inmates")
                .then().statusCode(201).extract().header("Location");
        assertThat(location).as("Location points at the gateway").startsWith(stack.gatewayUrl() + "/api/v1/inmates/");
        String id = location.substring(location.lastIndexOf('/') + 1);
        given().auth().oauth2(REGISTRAR).when().get(location).then().statusCode(200).body("id", equalTo(id));
        awaitInBothReadModels(List.of(id));
    }

    @Test
    void theGatewayRoutesToEveryServiceAndRefusesCallsWithoutAToken() {
        given().baseUri(stack.gatewayUrl()).when().get("/api/v1/inmates/" + UUID.randomUUID())
                .then().statusCode(401).contentType("application/problem+json");
        given().baseUri(stack.gatewayUrl()).auth().oauth2(REGISTRAR).when().get("/api/v1/inmates/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        // program-service and liaison-service answer for their own prefixes (they have no such
        // resource yet, and say so as problem+json rather than the gateway's "no service").
        given().baseUri(stack.gatewayUrl()).auth().oauth2(REGISTRAR).when().get("/api/v1/programs/none")
                .then().statusCode(404).contentType("application/problem+json").body("instance", equalTo("/api/v1/programs/none"));
        given().baseUri(stack.gatewayUrl()).auth().oauth2(REGISTRAR).when().get("/api/v1/liaison/none")
                .then().statusCode(404).contentType("application/problem+json").body("instance", equalTo("/api/v1/liaison/none"));
    }

    @Test
    void propagationLatencyFromTheAdmissionsCommitToEachConsumersCommit() throws Exception {
        // A steady 100 admissions per second, as agency systems would send them, after a warm-up
        // that lets the JIT compile the hot paths of every JVM: the figure is the pipeline's
        // latency, not the first seconds of a cold start.
        awaitInBothReadModels(admitAtSteadyRate("Warm-up", 400, 100));
        List<String> ids = admitAtSteadyRate("Latency", 1_000, 100);
        awaitInBothReadModels(ids);

        Map<String, Long> committed = commitTimes("inmate", "inmate", "id", ids);
        for (String[] consumer : List.of(new String[] {"program", "known_inmate"}, new String[] {"liaison", "inmate_snapshot"})) {
            Map<String, Long> applied = commitTimes(consumer[0], consumer[1], "inmate_id", ids);
            List<Long> micros = ids.stream().map(id -> applied.get(id) - committed.get(id)).sorted().toList();
            System.out.printf("[skeleton] %s-service: %d events, commit→consumer commit p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    consumer[0], micros.size(), percentile(micros, 50) / 1000.0, percentile(micros, 99) / 1000.0,
                    micros.get(micros.size() - 1) / 1000.0);
            assertThat(micros).hasSize(1_000).allMatch(latency -> latency > 0);
        }
    }

    /**
     * Admissions at a fixed rate from a plain JDK HTTP client: REST Assured's per-request cost
     * would compete for the same two cores as the system under measurement.
     */
    private static List<String> admitAtSteadyRate(String name, int count, int perSecond) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long intervalMicros = 1_000_000L / perSecond;
        ScheduledExecutorService clients = Executors.newScheduledThreadPool(8);
        List<String> ids = new ArrayList<>();
        try {
            List<ScheduledFuture<String>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                HttpRequest admission = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/v1/inmates"))
                        .header("Authorization", "Bearer " + REGISTRAR)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(admission(name + " " + i)))
                        .build();
                sent.add(clients.schedule(() -> {
                    HttpResponse<String> answer = http.send(admission, HttpResponse.BodyHandlers.ofString());
                    assertThat(answer.statusCode()).isEqualTo(201);
                    String location = answer.headers().firstValue("Location").orElseThrow();
                    return location.substring(location.lastIndexOf('/') + 1);
                }, i * intervalMicros, TimeUnit.MICROSECONDS));
            }
            for (ScheduledFuture<String> id : sent) {
                ids.add(id.get());
            }
        } finally {
            clients.shutdownNow();
        }
        return ids;
    }

    private static long percentile(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
