package id.sinergi.platform;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testapp.Note;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class IdempotencyKeyTest {

    private static Response post(String token, String key, String text) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"text\":\"" + text + "\",\"colour\":\"GREEN\"}")
                .when().post("/notes");
    }

    private static long notesWithText(String text) {
        return QuarkusTransaction.requiringNew().call(() -> Note.count("text", text));
    }

    @Test
    void aRetryReplaysTheFirstAnswerWithoutDoingItAgain() {
        String key = UUID.randomUUID().toString();
        String text = "retry-" + key;
        Response first = post(TestTokens.REGISTRAR, key, text);
        first.then().statusCode(201);
        Response second = post(TestTokens.REGISTRAR, key, text);
        second.then().statusCode(201).header("Idempotent-Replayed", "true");

        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(second.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(notesWithText(text)).isEqualTo(1);
    }

    @Test
    void theSameKeyForAnotherRequestIs422() {
        String key = UUID.randomUUID().toString();
        post(TestTokens.REGISTRAR, key, "one-" + key).then().statusCode(201);
        post(TestTokens.REGISTRAR, key, "two-" + key).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://sinergi.id/problems/idempotency-key-reused"));
        assertThat(notesWithText("two-" + key)).isZero();
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        post(TestTokens.REGISTRAR, key, "mine-" + key).then().statusCode(201);
        post(TestTokens.OTHER_REGISTRAR, key, "mine-" + key).then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertThat(notesWithText("mine-" + key)).isEqualTo(2);
    }

    @Test
    void concurrentRequestsWithOneKeyDoTheWorkOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String text = "race-" + key;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> post(TestTokens.REGISTRAR, key, text));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(calls)) {
                Response response = answer.get();
                assertThat(response.statusCode()).isEqualTo(201);
                ids.add(response.jsonPath().getString("id"));
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(notesWithText(text)).isEqualTo(1);
    }

    @Test
    void aKeyThatIsNotVisibleAsciiIs400() {
        post(TestTokens.REGISTRAR, "  ", "blank").then().statusCode(400).contentType("application/problem+json");
    }
}
