package id.sinergi.liaison;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static id.sinergi.platform.testing.RecordedEvents.events;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 21 point 1: a joint-operation finding is published, with the WBP it names, for inmate-service's risk review. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class FindingRecordedTest {

    @Test
    void eachFindingIsPublishedWithTheWbpAndIncidentItNames() {
        UUID inmateId = Feed.admittedHighRisk();
        String operation = JointOperationTest.OPERATIONS + "/" + as(TestTokens.SECURITY).body(JointOperationTest.plan("Razia temuan"))
                .when().post(JointOperationTest.OPERATIONS).then().statusCode(201).extract().path("id");
        act(TestTokens.SECURITY, operation, "conduct", null).then().statusCode(200);
        String incident = IncidentTest.reported(TestTokens.SECURITY, IncidentTest.report("CONTRABAND_PHONE", "MEDIUM", true, inmateId));
        String incidentId = incident.substring(IncidentTest.INCIDENTS.length() + 1);

        String named = act(TestTokens.SECURITY, operation, "findings", JointOperationTest.finding("A-2", inmateId, incidentId)).then()
                .statusCode(200).extract().path("findings[0].id");
        String loose = act(TestTokens.SECURITY, operation, "findings", JointOperationTest.finding("A-1", null, null)).then()
                .statusCode(200).extract().path("findings[1].id");
        // A refused finding publishes nothing.
        act(TestTokens.SECURITY, operation, "findings", JointOperationTest.finding("B-9", inmateId, null)).then().statusCode(422);

        List<JsonNode> published = events(named, "liaison.finding-recorded");
        assertThat(published).hasSize(1);
        JsonNode finding = published.get(0);
        assertThat(finding.get("findingId").asText()).isEqualTo(named);
        assertThat(finding.get("operationId").asText()).isEqualTo(operation.substring(JointOperationTest.OPERATIONS.length() + 1));
        assertThat(finding.get("kind").asText()).isEqualTo("MOBILE_PHONE");
        assertThat(finding.get("quantity").asInt()).isEqualTo(2);
        assertThat(finding.get("block").asText()).isEqualTo("A-2");
        assertThat(finding.get("inmateId").asText()).isEqualTo(inmateId.toString());
        assertThat(finding.get("registerNumber").asText()).startsWith("B.I-");
        assertThat(finding.get("incidentId").asText()).isEqualTo(incidentId);
        assertThat(finding.get("polresUnit").asText()).isEqualTo("POLRES-HSU");
        assertThat(finding.get("recordedBy").asText()).isEqualTo("kamtib-1");
        assertThat(finding.has("recordedAt")).isTrue();
        assertThat(finding.toString()).doesNotContain("fullName");

        JsonNode unnamed = events(loose, "liaison.finding-recorded").get(0);
        assertThat(unnamed.get("inmateId").isNull()).isTrue();
        assertThat(unnamed.get("registerNumber").isNull()).isTrue();
        assertThat(unnamed.get("incidentId").isNull()).isTrue();
    }
}
