package id.sinergi.inmate;

import id.sinergi.local.SinergiTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations inmate-service documents: how many there are (a new one shows up here, and in the
 * role table the lead keeps), each with an id and a summary; the risk-review and pending-case
 * operations of issue 21 with their errors and examples.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class OpenApiOperationsTest {

    /**
     * 33 before issue 21; + listRiskReviews, resolveRiskReview, getPendingCases; issue 22: + listFacilities,
     * getFacility, putFacility, confirmArrival; issue 24: + searchInmatesByBody.
     */
    private static final int OPERATIONS = 45;

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsCountedAndHasAnIdAndASummary() {
        JsonPath openApi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        List<String> ids = new ArrayList<>();
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(operation.getKey())) {
                    continue;
                }
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                assertThat(operation.getValue()).as(name).containsKeys("operationId", "summary");
                ids.add((String) operation.getValue().get("operationId"));
            }
        }
        assertThat(ids).doesNotHaveDuplicates().contains("listRiskReviews", "resolveRiskReview", "getPendingCases",
                "listFacilities", "getFacility", "putFacility", "confirmArrival", "searchInmatesByBody");
        assertThat(ids).hasSize(OPERATIONS);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theResolutionDocumentsItsErrorsAndExamples() {
        JsonPath openApi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Object> resolution = openApi.getMap("paths.'/api/v1/inmates/risk-reviews/{reviewId}/resolution'.post");
        assertThat((Map<String, Object>) resolution.get("responses")).containsKeys("200", "400", "401", "403", "404", "409", "412",
                "422", "428");
        assertThat(openApi.getList("paths.'/api/v1/inmates/risk-reviews/{reviewId}/resolution'.post.parameters.name"))
                .contains("Idempotency-Key");
        assertThat(openApi.getMap("components.examples")).containsKeys("RiskReviewAssessed", "RiskReviewUnchanged", "RiskReviews",
                "PendingCases", "ReviewAlreadyResolvedProblem");
        assertThat(openApi.getMap("paths.'/api/v1/inmates/{id}/pending-cases'.get.responses")).containsKeys("200", "401", "404");
    }
}
