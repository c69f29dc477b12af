package id.sinergi.program;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.local.SinergiTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The OpenAPI document is what integrators build from: every operation named, described, with its errors. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class OpenApiTest {

    private static final Set<String> WRITES = Set.of("post", "put");

    @Test
    void everyOperationIsDocumentedUnderTheGatewaysPrefixes() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            assertThat(path.getKey()).matches("/api/v1/(programs|enrolments)(/.*)?");
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!Set.of("get", "post", "put", "delete").contains(operation.getKey())) {
                    continue;
                }
                JsonNode op = operation.getValue();
                String name = operation.getKey() + " " + path.getKey();
                operations.add(op.path("operationId").asText());
                assertThat(op.path("operationId").asText()).as(name).isNotBlank();
                assertThat(op.path("summary").asText()).as(name).isNotBlank();
                assertThat(op.path("responses").has("401")).as(name + " documents 401").isTrue();
                assertThat(op.path("responses").has("403")).as(name + " documents 403").isTrue();
                if (WRITES.contains(operation.getKey())) {
                    assertThat(op.path("parameters").findValuesAsText("name")).as(name).contains("Idempotency-Key");
                    assertThat(op.path("responses").properties().stream().anyMatch(r -> r.getKey().startsWith("4")
                            && !Set.of("401", "403").contains(r.getKey()))).as(name + " documents its errors").isTrue();
                }
            }
        }
        assertThat(operations).doesNotHaveDuplicates().contains("requestEnrolment", "approveEnrolment", "suspendEnrolment",
                "resumeEnrolment", "completeEnrolment", "withdrawEnrolment", "describeEnrolmentStateMachine",
                "recordAttendance", "amendAttendance", "getProgrammeStatistics", "getParticipationHistory", "acknowledgeReview",
                "coSignCompletion");
        JsonNode example = document.at("/paths/~1api~1v1~1enrolments~1{id}~1approve/post/responses/409/content/"
                + "application~1problem+json/examples").elements().next();
        // Examples live in components/examples (META-INF/openapi.yaml); operations refer to them.
        JsonNode value = example.has("$ref") ? document.at(example.get("$ref").asText().substring(1)) : example;
        assertThat(value.toString()).as("the 409 example lists the allowed actions").contains("allowedActions");
    }

    @Test
    void theAsyncApiDocumentIsServed() {
        given().when().get("/asyncapi/program-events.yaml").then().statusCode(200)
                .body(containsString("program.enrolment-changed"));
    }
}
