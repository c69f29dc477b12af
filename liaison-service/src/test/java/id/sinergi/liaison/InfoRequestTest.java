package id.sinergi.liaison;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.liaison.domain.InmateSnapshot;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import id.sinergi.platform.testing.contract.AsyncApiContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static id.sinergi.platform.testing.RecordedEvents.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class InfoRequestTest {

    private static final String REQUESTS = "/api/v1/liaison/info-requests";

    private static String submission(UUID inmateId) {
        return """
                {"inmateId":"%s","purpose":"Penyidikan perkara curas","requestedData":["IDENTITY","MOVEMENTS_AND_TIMELINE"],
                 "legalBasis":{"letterNumber":"B/412/XI/2026/Reskrim","policeReportNumber":"LP/B/45/XI/2026"},
                 "neededBy":"%s"}""".formatted(inmateId, LocalDate.now().plusDays(5));
    }

    private static Response submit(String token, UUID inmateId) {
        return as(token).body(submission(inmateId)).when().post(REQUESTS);
    }

    private static String submitted(UUID inmateId) {
        return submit(TestTokens.POLRES_OFFICER, inmateId).then().statusCode(201).extract().path("id");
    }

    private static String approval(OffsetDateTime expires) {
        return "{\"accessExpiresAt\":\"" + expires.withOffsetSameInstant(ZoneOffset.UTC) + "\"}";
    }

    @Test
    void anApprovedRequestPublishesTheGrantForTheRequestingOfficer() throws Exception {
        UUID inmateId = Feed.admittedHighRisk();
        Response created = submit(TestTokens.POLRES_OFFICER, inmateId);
        created.then().statusCode(201)
                .header("Location", containsString(REQUESTS + "/"))
                .header("ETag", "\"0\"")
                .body("state", equalTo("SUBMITTED"))
                .body("officer", equalTo("officer-7"))
                .body("unit", equalTo("POLRES-HSU"))
                .body("registerNumber", startsWith("B.I-"))
                .body("overdue", equalTo(false))
                .body("allowedActions", contains("approve", "reject", "withdraw"));
        String id = created.path("id");
        String path = REQUESTS + "/" + id;

        act(TestTokens.POLRES_OFFICER, path, "approve", approval(OffsetDateTime.now().plusDays(30))).then().statusCode(403);
        act(TestTokens.LIAISON, path, "approve", approval(OffsetDateTime.now().plusDays(91))).then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/access-expiry-too-far"));
        act(TestTokens.LIAISON, path, "approve", approval(OffsetDateTime.now().minusDays(1))).then().statusCode(400);
        OffsetDateTime expires = OffsetDateTime.now().plusDays(30).withNano(0);
        act(TestTokens.LIAISON, path, "approve", approval(expires)).then().statusCode(200)
                .body("state", equalTo("APPROVED"))
                .body("decidedBy", equalTo("liaison-1"))
                .body("allowedActions", contains("fulfil"));

        JsonNode decided = events(id, "liaison.info-request-decided").get(0);
        assertThat(decided.get("decision").asText()).isEqualTo("APPROVED");
        assertThat(decided.get("officer").asText()).isEqualTo("officer-7");
        assertThat(decided.get("unit").asText()).isEqualTo("POLRES-HSU");
        assertThat(decided.get("inmateId").asText()).isEqualTo(inmateId.toString());
        assertThat(OffsetDateTime.parse(decided.get("accessExpiresAt").asText()).toInstant()).isEqualTo(expires.toInstant());

        var published = Feed.kafka().readUntil("liaison.events.v1",
                read -> read.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30));
        JsonNode onTopic = new ObjectMapper().readTree(published.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow().value());
        assertThat(onTopic.get("type").asText()).isEqualTo("id.sinergi.liaison.info-request-decided");
        assertThat(onTopic.get("source").asText()).isEqualTo("https://sinergi.id/services/liaison-service");
        AsyncApiContract.of(Path.of("src/main/resources/META-INF/resources/asyncapi/liaison-events.yaml"))
                .assertEventMatches("InfoRequestDecided", onTopic);
        assertThat(onTopic.at("/data/requestId").asText()).isEqualTo(id);

        act(TestTokens.LIAISON, path, "fulfil", "{\"providedData\":[\"PROGRAMMES\"]}").then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/data-not-requested"));
        act(TestTokens.LIAISON, path, "fulfil", "{\"providedData\":[\"IDENTITY\"],\"note\":\"Diserahkan\"}").then().statusCode(200)
                .body("state", equalTo("FULFILLED"))
                .body("providedData", contains("IDENTITY"))
                .body("fulfilledBy", equalTo("liaison-1"));
    }

    @Test
    void aRejectionNeedsAReasonAndIsPublished() {
        String path = REQUESTS + "/" + submitted(Feed.admittedHighRisk());
        act(TestTokens.LAPAS_HEAD, path, "fulfil", "{\"providedData\":[\"IDENTITY\"]}").then().statusCode(409)
                .body("state", equalTo("SUBMITTED"))
                .body("allowedActions", contains("approve", "reject", "withdraw"));
        act(TestTokens.LAPAS_HEAD, path, "reject", "{}").then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/reason-required"));
        act(TestTokens.LAPAS_HEAD, path, "reject", "{\"reason\":\"Tidak ada surat perintah\"}").then().statusCode(200)
                .body("state", equalTo("REJECTED"))
                .body("reason", equalTo("Tidak ada surat perintah"));
        JsonNode decided = events(path.substring(REQUESTS.length() + 1), "liaison.info-request-decided").get(0);
        assertThat(decided.get("decision").asText()).isEqualTo("REJECTED");
        assertThat(decided.get("accessExpiresAt").isNull()).isTrue();
    }

    @Test
    void theRequestingUnitMayWithdrawItsRequestAndNoOtherUnitSeesIt() {
        UUID inmateId = Feed.admittedHighRisk();
        String id = submitted(inmateId);
        String path = REQUESTS + "/" + id;
        as(TestTokens.OTHER_UNIT_OFFICER).when().get(path).then().statusCode(404);
        as(TestTokens.OTHER_UNIT_OFFICER).queryParam("inmateId", inmateId.toString()).when().get(REQUESTS).then()
                .body("total", equalTo(0));
        as(TestTokens.OTHER_LAPAS_LIAISON).when().get(path).then().statusCode(404);
        as(TestTokens.POLRES_HEAD).when().get(path).then().statusCode(200);
        as(TestTokens.AUDITOR).queryParam("inmateId", inmateId.toString()).when().get(REQUESTS).then().body("total", equalTo(1));
        as(TestTokens.OTHER_UNIT_OFFICER).header("If-Match", "\"0\"").body("{}").when().post(path + "/withdraw").then().statusCode(404);
        act(TestTokens.POLRES_HEAD, path, "withdraw", "{\"reason\":\"Perkara dihentikan\"}").then().statusCode(200)
                .body("state", equalTo("WITHDRAWN"));
        assertThat(events(id, "liaison.info-request-decided")).isEmpty();
    }

    @Test
    void aRequestPastItsAnswerDeadlineIsOverdue() {
        UUID inmateId = Feed.admittedHighRisk();
        String id = submitted(inmateId);
        QuarkusTransaction.requiringNew().run(() -> InmateSnapshot.getEntityManager()
                .createNativeQuery("UPDATE info_request SET answer_due_at = now() - interval '1 hour' WHERE id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate());
        as(TestTokens.LIAISON).queryParam("overdue", "true").when().get(REQUESTS).then().statusCode(200)
                .body("items.id", hasItem(id));
        as(TestTokens.LIAISON).queryParam("overdue", "false").when().get(REQUESTS).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        as(TestTokens.POLRES_OFFICER).when().get(REQUESTS + "/" + id).then().body("overdue", equalTo(true));
    }

    @Test
    void badRequestsAreRefusedWithTheReason() {
        UUID inmateId = Feed.admittedHighRisk();
        as(TestTokens.POLRES_OFFICER).body(submission(UUID.randomUUID())).when().post(REQUESTS).then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/unknown-inmate"))
                .body("field", equalTo("inmateId"));
        as(TestTokens.POLRES_OFFICER).body(submission(inmateId).replace("Penyidikan perkara curas", " ")).when().post(REQUESTS)
                .then().statusCode(400).body("violations.field", hasItem(containsString("purpose")));
        as(TestTokens.POLRES_OFFICER).body(submission(inmateId).replace("[\"IDENTITY\",\"MOVEMENTS_AND_TIMELINE\"]", "[]")).when().post(REQUESTS)
                .then().statusCode(400);
        as(TestTokens.POLRES_OFFICER).body(submission(inmateId).replace("IDENTITY", "DNA")).when().post(REQUESTS)
                .then().statusCode(400).body("type", equalTo("https://sinergi.id/problems/invalid-json-value"))
                .body("field", equalTo("requestedData[0]"))
                .body("detail", not(containsString("id.sinergi")));
        as(TestTokens.POLRES_OFFICER).body(submission(inmateId).replace(LocalDate.now().plusDays(5).toString(), "2020-01-01"))
                .when().post(REQUESTS).then().statusCode(400);
        submit(TestTokens.LIAISON, inmateId).then().statusCode(403);
        submit(TestTokens.AUDITOR, inmateId).then().statusCode(403);
    }

    @Test
    void aRetriedSubmissionIsAnsweredOnce() {
        UUID inmateId = Feed.admittedHighRisk();
        String key = "polres-case-" + UUID.randomUUID();
        String first = as(TestTokens.POLRES_OFFICER).header("Idempotency-Key", key).body(submission(inmateId)).when().post(REQUESTS)
                .then().statusCode(201).extract().path("id");
        as(TestTokens.POLRES_OFFICER).header("Idempotency-Key", key).body(submission(inmateId)).when().post(REQUESTS)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        as(TestTokens.POLRES_OFFICER).queryParam("inmateId", inmateId.toString()).when().get(REQUESTS).then().body("total", equalTo(1));
    }

    @Test
    void theStateMachineIsPublished() {
        as(TestTokens.AUDITOR).when().get(REQUESTS + "/state-machine").then().statusCode(200)
                .body("transitions.find { it.action == 'reject' }.reasonRequired", equalTo(true));
    }
}
