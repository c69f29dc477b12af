package id.sinergi.inmate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.local.AsyncApiExamples;
import id.sinergi.local.KafkaTestClient;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** Data minimisation: who sees the full record, who the basic view, and the log of full reads. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class RecordAccessTest {

    private static final String PROBLEM = "application/problem+json";

    private static void grant(String inmateId, String officer, OffsetDateTime expiresAt) {
        grant(inmateId, officer, expiresAt, UUID.randomUUID(), List.of("IDENTITY", "OFFENCES_AND_SENTENCE", "KEY_DATES",
                "MOVEMENTS_AND_TIMELINE", "RISK_ASSESSMENTS"));
    }

    /**
     * liaison.info-request-decided approving {@code requestId} for the officer; {@code categories} null
     * sends a decision without them (as before issue 21).
     */
    static void grant(String inmateId, String officer, OffsetDateTime expiresAt, UUID requestId, List<String> categories) {
        ObjectNode event = AsyncApiExamples.example(AsyncApiExamples.document("liaison-service", "liaison-events.yaml"),
                "InfoRequestDecided", "inmateId", UUID.fromString(inmateId));
        ObjectNode data = ((ObjectNode) event.get("data")).put("officer", officer).put("accessExpiresAt", expiresAt.toString())
                .put("requestId", requestId.toString());
        data.remove("categories");
        if (categories != null) {
            categories.forEach(data.putArray("categories")::add);
        }
        new KafkaTestClient(SinergiTestResource.kafka().bootstrapServers())
                .send("liaison.events.v1", event.get("subject").asText(), AsyncApiExamples.json(event));
    }

    @Test
    void lapasRolesAndAuditorsReadTheFullRecordPolresTheBasicView() {
        String id = admitted(convict("Access Subject"));
        for (String token : List.of(TestTokens.REGISTRAR, TestTokens.SECURITY, TestTokens.PROGRAM_OFFICER,
                TestTokens.LIAISON, TestTokens.HEAD, TestTokens.AUDITOR)) {
            as(token).when().get("/api/v1/inmates/" + id).then().statusCode(200)
                    .body("view", equalTo("FULL")).body("nik", org.hamcrest.Matchers.notNullValue());
        }
        for (String token : List.of(TestTokens.POLRES_OFFICER, TestTokens.POLRES_HEAD)) {
            as(token).when().get("/api/v1/inmates/" + id).then().statusCode(200)
                    .body("view", equalTo("BASIC")).body("$", not(hasKey("nik"))).body("$", not(hasKey("offences")))
                    .body("expectedRelease", equalTo("2031-07-15"));
            as(token).when().get("/api/v1/inmates/" + id + "/timeline").then().statusCode(404).contentType(PROBLEM);
            as(token).when().get("/api/v1/inmates/" + id + "/key-dates").then().statusCode(404).contentType(PROBLEM);
        }
    }

    @Test
    void anApprovedInformationRequestGrantsThatOfficerTheFullRecordUntilItExpires() {
        String id = admitted(convict("Granted Subject"));
        grant(id, "officer-7", OffsetDateTime.now().plusDays(30));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/" + id).then().body("view", equalTo("FULL")));
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/" + id + "/timeline").then().statusCode(200);
        as(TestTokens.OTHER_POLRES_OFFICER).when().get("/api/v1/inmates/" + id).then().body("view", equalTo("BASIC"));

        String expired = admitted(convict("Expired Grant"));
        grant(expired, "officer-7", OffsetDateTime.now().minusMinutes(1));
        String marker = admitted(convict("Marker"));
        grant(marker, "officer-7", OffsetDateTime.now().plusDays(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/" + marker).then().body("view", equalTo("FULL")));
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/" + expired).then().body("view", equalTo("BASIC"));
    }

    @Test
    void everyFullReadIsLoggedWithItsPurposeAndAuditorsQueryTheLog() {
        String id = admitted(convict("Logged Subject"));
        as(TestTokens.LIAISON).header("X-Purpose", "Koordinasi razia 11/2026").when().get("/api/v1/inmates/" + id)
                .then().statusCode(200);
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/" + id).then().statusCode(200);

        as(TestTokens.AUDITOR).when().get("/api/v1/inmates/access-log?inmateId=" + id).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].actor", equalTo("liaison-1"))
                .body("items[0].agency", equalTo("LAPAS"))
                .body("items[0].unit", equalTo("LAPAS-AMUNTAI"))
                .body("items[0].purpose", equalTo("Koordinasi razia 11/2026"));
        as(TestTokens.AUDITOR).when().get("/api/v1/inmates/access-log?actor=liaison-1&from=" + OffsetDateTime.now(ZoneOffset.UTC).minusHours(1)).then().statusCode(200)
                .body("items.inmateId", org.hamcrest.Matchers.hasItem(id));
        as(TestTokens.AUDITOR).when().get("/api/v1/inmates/access-log?from=yesterday").then().statusCode(400)
                .body("field", equalTo("from"));
        for (String token : List.of(TestTokens.REGISTRAR, TestTokens.POLRES_OFFICER, TestTokens.POLRES_HEAD)) {
            as(token).when().get("/api/v1/inmates/access-log").then().statusCode(403).contentType(PROBLEM);
        }
    }
}
