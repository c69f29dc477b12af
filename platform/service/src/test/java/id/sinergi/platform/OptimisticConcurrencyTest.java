package id.sinergi.platform;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class OptimisticConcurrencyTest {

    private static String create() {
        return given().auth().oauth2(TestTokens.REGISTRAR).contentType(ContentType.JSON)
                .body("{\"text\":\"v0\",\"colour\":\"RED\"}").when().post("/notes")
                .then().statusCode(201).extract().jsonPath().getString("id");
    }

    private static Response update(String id, String ifMatch, String text) {
        var request = given().auth().oauth2(TestTokens.REGISTRAR).contentType(ContentType.JSON)
                .body("{\"text\":\"" + text + "\",\"colour\":\"GREEN\"}");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/notes/" + id);
    }

    @Test
    void readsCarryAnETagFromTheVersion() {
        String id = create();
        given().auth().oauth2(TestTokens.REGISTRAR).when().get("/notes/" + id)
                .then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void updateWithoutIfMatchIs428() {
        update(create(), null, "v1").then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("https://sinergi.id/problems/precondition-required"));
    }

    @Test
    void updateWithAStaleETagIs412() {
        String id = create();
        update(id, "\"0\"", "v1").then().statusCode(200).header("ETag", "\"1\"");
        update(id, "\"0\"", "v2").then().statusCode(412).contentType("application/problem+json")
                .body("currentEtag", equalTo("\"1\""));
    }

    @Test
    void ofTwoConcurrentUpdatesFromOneVersionExactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = create();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<Integer>> updates = List.of(
                        () -> update(id, "\"0\"", "left").statusCode(),
                        () -> update(id, "\"0\"", "right").statusCode());
                List<Integer> statuses = pool.invokeAll(updates).stream().map(OptimisticConcurrencyTest::get).toList();
                assertThat(statuses).containsExactlyInAnyOrder(200, 412);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static Integer get(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
