package id.sinergi.system;

import id.sinergi.local.FreePorts;
import id.sinergi.local.Stack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A NIK and a name searched for every way there is (in the query, in a body, next to a bad
 * parameter, as a bad NIK, while a service is away) reach no log of the stack: neither the
 * gateway's nor any service's, their access logs included. The gateway and the services log paths,
 * never query strings, and no problem they log echoes what a caller sent.
 */
class PersonalDataInLogsIT {

    private static final String INMATES = "/api/v1/inmates";
    private static Stack stack;
    private static Gateway gateway;

    @BeforeAll
    static void startStack() {
        stack = RunningStack.get();
        gateway = Gateway.of();
    }

    /** Letters only, so that the word survives URL encoding unchanged and matches nothing else in a log. */
    private static String uniqueWord(String start) {
        StringBuilder word = new StringBuilder(start);
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .reduce((a, b) -> a + "&" + b).orElse("");
    }

    private static Gateway.Answer get(String path, Map<String, String> parameters, String requestId) {
        return gateway.get(path + "?" + query(parameters)).as(Actors.REGISTRAR).header("X-Request-Id", requestId).send();
    }

    @Test
    void searchesByNikAndNameLeaveNeitherInAnyLog() throws Exception {
        String nik = Admissions.nik();
        String badNik = Admissions.nik().substring(1);
        String givenName = uniqueWord("Jumadil");
        String familyName = uniqueWord("Qorib");
        String name = givenName + " " + familyName;
        String admissionId = "pdl-admission-" + UUID.randomUUID();
        var admitted = gateway.post(INMATES).as(Actors.REGISTRAR).header("X-Request-Id", admissionId)
                .json(Admissions.convict(name, nik, "HIGH", 400)).send();
        assertThat(admitted.status()).as("admission: %s", admitted).isEqualTo(201);

        // By query (still served, and the reason for all this), by body, and the two together with bad input.
        String searchId = "pdl-search-" + UUID.randomUUID();
        assertThat(get(INMATES, Map.of("nik", nik, "name", name), searchId).json().path("total").asInt()).isEqualTo(1);
        var byBody = gateway.post(INMATES + "/search").as(Actors.REGISTRAR)
                .json(Map.of("nik", nik, "name", name)).send();
        assertThat(byBody.status()).as("search by body: %s", byBody).isEqualTo(200);
        assertThat(byBody.json().path("total").asInt()).isEqualTo(1);
        assertThat(get(INMATES, Map.of("nik", nik, "name", name, "status", "MAYBE"), "pdl-bad-status").status()).isEqualTo(400);
        assertThat(get(INMATES, Map.of("nik", nik, "releaseFrom", familyName), "pdl-bad-date").status()).isEqualTo(400);
        assertThat(get(INMATES, Map.of("nik", badNik, "name", name), "pdl-bad-nik").status()).isEqualTo(400);
        assertThat(gateway.post(INMATES + "/search").as(Actors.REGISTRAR)
                .json(Map.of("nik", badNik, "name", name, "riskLevel", familyName)).send().status()).isEqualTo(400);
        assertThat(gateway.post(INMATES + "/search").as(Actors.REGISTRAR)
                .json(Map.of("nik", nik, "nama", name)).send().status()).isEqualTo(400);
        // Free text of the liaison lists can name a person too.
        assertThat(gateway.get("/api/v1/liaison/incidents?" + query(Map.of("q", name))).as(Actors.SECURITY).send().status())
                .isEqualTo(200);
        assertThat(gateway.post("/api/v1/liaison/incidents/search").as(Actors.SECURITY).json(Map.of("q", name)).send().status())
                .isEqualTo(200);

        // A service that cannot be reached: the gateway logs the failure, with the path only.
        String failureId = "pdl-upstream-" + UUID.randomUUID();
        stack.restart("gateway", Map.of("SINERGI_INMATE_URL", "http://127.0.0.1:" + FreePorts.next()));
        try {
            assertThat(get(INMATES, Map.of("nik", nik, "name", name), failureId).status()).isEqualTo(503);
        } finally {
            stack.restart("gateway");
        }

        Path logs = stack.settings().dataDirectory().resolve("logs");
        Map<String, String> logOf = new TreeMap<>();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                logOf.put(file.getFileName().toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        assertThat(logOf).containsKeys("gateway.log", "inmate-service.log", "program-service.log", "liaison-service.log");
        logOf.forEach((file, text) -> {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String personal : List.of(nik, badNik, givenName, familyName)) {
                assertThat(lower).as("%s must not contain %s", file, personal).doesNotContain(personal.toLowerCase(Locale.ROOT));
            }
        });
        // The logs read are the run's, with this test's requests in them.
        assertThat(logOf.get("inmate-service.log")).contains(admissionId);
        assertThat(logOf.get("gateway.log")).contains(failureId).contains("GET " + INMATES + " → inmate-service: 503");
        // The access log (on in the test stack, as ops may switch it on) has the search, by its path.
        assertThat(logOf.get("gateway.log")).contains("\"GET " + INMATES + " HTTP/1.1\" 200").contains(searchId);
        assertThat(logOf.get("inmate-service.log")).contains(searchId);
    }
}
