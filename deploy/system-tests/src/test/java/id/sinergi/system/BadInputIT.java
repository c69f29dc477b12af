package id.sinergi.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input through the gateway to every operation of the three OpenAPI documents: each answer is
 * a 4xx problem+json (never a 5xx, never a refusal that did not look at the input), and nothing is
 * written anywhere.
 */
class BadInputIT {

    private static Gateway gateway;
    /** Operation → the role that sends it bad input: one the operation allows, so the input is looked at. */
    private static final Map<String, String> ROLES = new ConcurrentHashMap<>();

    @BeforeAll
    static void stack() {
        gateway = Gateway.of();
    }

    @Test
    void everyOperationRefusesBadInputWithAProblemAndWritesNothing() throws Exception {
        List<OpenApi.Operation> operations = OpenApi.operations();
        List<BadInputCorpus.Probe> corpus = BadInputCorpus.of(operations);
        operations.forEach(operation -> ROLES.put(operation.id(), roleFor(operation)));
        Map<String, Long> before = Databases.awaitQuiet();

        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (BadInputCorpus.Probe probe : corpus) {
                sent.add(clients.submit(() -> {
                    Gateway.Answer answer = send(probe);
                    if (answer.status() < 400 || answer.status() >= 500 || answer.status() == 401 || answer.status() == 403
                            || !answer.isProblem()) {
                        wrong.add(probe + " → " + answer);
                    }
                }));
            }
            for (Future<?> done : sent) {
                done.get();
            }
        } finally {
            clients.shutdownNow();
        }
        System.out.printf("[bad-input] %d bad requests to %d operations%n", corpus.size(), operations.size());

        Gateway.Answer overGatewayLimit = gateway.post("/api/v1/inmates").as(Actors.REGISTRAR)
                .body(new byte[11 * 1024 * 1024], "application/json").send();
        assertThat(overGatewayLimit.status()).as("a body over the gateway's 10 MB").isEqualTo(413);
        assertThat(overGatewayLimit.isProblem()).isTrue();
        Gateway.Answer uriOverLimit = gateway.get("/api/v1/inmates?name=" + "x".repeat(5_000)).as(Actors.REGISTRAR).send();
        assertThat(uriOverLimit.status()).as("a URI over the gateway's limit").isEqualTo(414);
        assertThat(uriOverLimit.isProblem()).isTrue();
        Gateway.Answer headersOverLimit = gateway.get("/api/v1/inmates").as(Actors.REGISTRAR)
                .header("X-Padding", "p".repeat(20_000)).send();
        assertThat(headersOverLimit.status()).as("headers over the gateway's limit").isEqualTo(431);
        assertThat(headersOverLimit.isProblem()).isTrue();

        assertThat(wrong).as("answers that are not a 4xx problem+json about the input").isEmpty();
        assertThat(Databases.awaitQuiet()).as("row counts of every table: nothing was written").isEqualTo(before);
    }

    /**
     * A role the operation allows: from the role table, or for an operation the README does not list
     * yet, the first role not refused when it sends a body that cannot be read (nothing is written).
     */
    private static String roleFor(OpenApi.Operation operation) {
        if (RoleTable.of(operation.id()) != null) {
            return RoleTable.anAllowedRole(operation.id());
        }
        String path = operation.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        for (String role : Actors.ROLES) {
            Gateway.Call call = gateway.call(operation.method().toUpperCase(), path).as(Actors.of(role));
            if (operation.hasBody()) {
                call.body("{".getBytes(StandardCharsets.UTF_8), "application/json");
            }
            if (call.send().status() != 403) {
                return role;
            }
        }
        throw new AssertionError(operation + " refuses every role");
    }

    private static Gateway.Answer send(BadInputCorpus.Probe probe) {
        OpenApi.Operation operation = probe.operation();
        Gateway.Call call = gateway.call(operation.method().toUpperCase(), probe.path())
                .as(Actors.of(ROLES.get(operation.id())));
        probe.headers().forEach(call::header);
        if (probe.body() != null) {
            call.body(probe.body(), probe.contentType());
        }
        return call.send();
    }
}
