package id.sinergi.liaison;

import id.sinergi.local.SinergiTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** What integrators read first: every operation documented with its errors, and the event contract served. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class DocumentsTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAnIdASummaryAndItsErrors() {
        JsonPath openApi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        assertThat(paths.keySet()).allMatch(path -> path.startsWith("/api/v1/liaison/"));
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> details = operation.getValue();
                Map<String, Object> responses = (Map<String, Object>) details.get("responses");
                assertThat(details).as(name).containsKeys("operationId", "summary");
                assertThat(responses).as(name).containsKey("401");
                if (operation.getKey().equals("put")) {
                    assertThat(responses).as(name).containsKeys("400", "403", "404", "409", "412", "422", "428");
                }
                boolean searchByBody = path.getKey().endsWith("/search");
                if (searchByBody) {
                    // A read with its criteria in the body: no Idempotency-Key, nothing to refuse by a rule.
                    assertThat(responses).as(name).containsKeys("200", "400", "403").doesNotContainKey("201");
                    assertThat((List<Map<String, Object>>) details.getOrDefault("parameters", List.of())).as(name)
                            .noneMatch(p -> "Idempotency-Key".equals(p.get("name")));
                } else if (operation.getKey().equals("post") || operation.getKey().equals("put")) {
                    assertThat(responses).as(name).containsKeys("400", "403", "422");
                    List<Map<String, Object>> parameters = (List<Map<String, Object>>) details.get("parameters");
                    assertThat(parameters).as(name).anyMatch(p -> "Idempotency-Key".equals(p.get("name")));
                }
                if (operation.getKey().equals("post") && path.getKey().contains("{id}/")) {
                    assertThat(responses).as(name).containsKeys("404", "409", "412", "428");
                }
                operations++;
            }
        }
        assertThat(operations).isEqualTo(99);
    }

    @Test
    void theEventContractIsServed() {
        given().when().get("/asyncapi/liaison-events.yaml").then().statusCode(200)
                .body(containsString("liaison.notification-escalated"))
                .body(containsString("liaison.incident-reported"));
    }
}
