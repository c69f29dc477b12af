package id.sinergi.liaison;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.liaison.domain.InfoRequest;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static id.sinergi.platform.testing.RecordedEvents.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 21 point 6: a decision names the categories it opens, and an approved request for
 * PROGRAMMES opens the WBP's programme participation to the requesting officer alone, until its
 * access expires.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class InfoRequestProgrammesTest {

    private static final String REQUESTS = "/api/v1/liaison/info-requests";

    private static String submitted(String token, UUID inmateId, String categories) {
        return REQUESTS + "/" + as(token).body("""
                {"inmateId":"%s","purpose":"Penyidikan jaringan narkotika","requestedData":%s,
                 "legalBasis":{"letterNumber":"B/500/XII/2026/Reskrim"},"neededBy":"%s"}"""
                .formatted(inmateId, categories, LocalDate.now().plusDays(5)))
                .when().post(REQUESTS).then().statusCode(201).extract().path("id");
    }

    private static void approved(String path) {
        act(TestTokens.LIAISON, path, "approve", "{\"accessExpiresAt\":\""
                + OffsetDateTime.now(ZoneOffset.UTC).plusDays(10) + "\"}").then().statusCode(200);
    }

    private static String id(String path) {
        return path.substring(REQUESTS.length() + 1);
    }

    @Test
    void theRequestingOfficerReadsTheProgrammesAnApprovedRequestOpens() {
        UUID inmateId = Feed.admittedHighRisk();
        UUID completed = Feed.enrolment("ProgramCompleted", inmateId, e -> { });
        UUID ongoing = Feed.enrolment("ProgramEnrolmentChanged", inmateId, e -> { });
        String path = submitted(TestTokens.POLRES_OFFICER, inmateId, "[\"IDENTITY\",\"PROGRAMMES\",\"PROGRAMMES\"]");
        // Not yet approved: it opens nothing.
        as(TestTokens.POLRES_OFFICER).when().get(path + "/programmes").then().statusCode(403);
        approved(path);

        JsonNode decided = events(id(path), "liaison.info-request-decided").get(0);
        assertThat(decided.get("categories")).extracting(JsonNode::asText).containsExactly("IDENTITY", "PROGRAMMES");

        as(TestTokens.POLRES_OFFICER).when().get(path + "/programmes").then().statusCode(200)
                .body("requestId", equalTo(id(path)))
                .body("inmateId", equalTo(inmateId.toString()))
                .body("programmes.enrolmentId", containsInAnyOrder(completed.toString(), ongoing.toString()))
                .body("programmes.find { it.enrolmentId == '" + completed + "' }.state", equalTo("COMPLETED"));
        as(TestTokens.AUDITOR).queryParam("inmateId", inmateId.toString()).queryParam("record", "PROGRAMMES").when()
                .get("/api/v1/liaison/access-log").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].purpose", equalTo("information request " + id(path)))
                .body("items[0].unit", equalTo(TestTokens.POLRES_UNIT));
        // Another officer of the same unit did not ask: 403; another unit does not see the request: 404.
        as(TestTokens.OTHER_POLRES_OFFICER).when().get(path + "/programmes").then().statusCode(403);
        as(TestTokens.POLRES_HEAD).when().get(path + "/programmes").then().statusCode(403);
        as(TestTokens.OTHER_UNIT_OFFICER).when().get(path + "/programmes").then().statusCode(404);
        as(TestTokens.LIAISON).when().get(path + "/programmes").then().statusCode(403);
        as(TestTokens.POLRES_OFFICER).when().get(REQUESTS + "/" + UUID.randomUUID() + "/programmes").then().statusCode(404);

        // Once the access has expired, nothing more.
        QuarkusTransaction.requiringNew().run(() -> InfoRequest.update("accessExpiresAt = ?1 where id = ?2",
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), UUID.fromString(id(path))));
        as(TestTokens.POLRES_OFFICER).when().get(path + "/programmes").then().statusCode(403)
                .body("detail", equalTo("the request is APPROVED but its access has expired: it opens no data now"));
    }

    @Test
    void aRequestThatDidNotAskForProgrammesDoesNotOpenThem() {
        UUID inmateId = Feed.admittedHighRisk();
        Feed.enrolment("ProgramCompleted", inmateId, e -> { });
        String path = submitted(TestTokens.POLRES_OFFICER, inmateId, "[\"IDENTITY\",\"MOVEMENTS_AND_TIMELINE\"]");
        approved(path);
        as(TestTokens.POLRES_OFFICER).when().get(path + "/programmes").then().statusCode(403)
                .body("detail", equalTo("the request did not ask for PROGRAMMES; it opens only [IDENTITY, MOVEMENTS_AND_TIMELINE]"));

        String rejected = submitted(TestTokens.POLRES_OFFICER, inmateId, "[\"RISK_ASSESSMENTS\"]");
        act(TestTokens.LIAISON, rejected, "reject", "{\"reason\":\"Tidak ada dasar penyidikan\"}").then().statusCode(200);
        JsonNode decided = events(id(rejected), "liaison.info-request-decided").get(0);
        assertThat(decided.get("decision").asText()).isEqualTo("REJECTED");
        assertThat(decided.get("categories")).extracting(JsonNode::asText).containsExactly("RISK_ASSESSMENTS");
    }

    @Test
    void onlyServableCategoriesCanBeAskedFor() {
        UUID inmateId = Feed.admittedHighRisk();
        for (String gone : new String[] {"VISITS", "MOVEMENTS", "TIMELINE"}) {
            as(TestTokens.POLRES_OFFICER).body("""
                    {"inmateId":"%s","purpose":"Penyidikan","requestedData":["%s"],
                     "legalBasis":{"letterNumber":"B/1/XII/2026"},"neededBy":"%s"}""".formatted(inmateId, gone, LocalDate.now()))
                    .when().post(REQUESTS).then().statusCode(400);
        }
    }
}
