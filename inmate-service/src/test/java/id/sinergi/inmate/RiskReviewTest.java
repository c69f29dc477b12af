package id.sinergi.inmate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.RecordedEvents;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sinergi.inmate.Register.act;
import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static id.sinergi.inmate.Register.randomNik;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 21 point 1: incidents and joint-operation findings naming a WBP as perpetrator or suspect
 * open a risk review once; security or the head resolves it with an assessment (inmate.risk-changed)
 * or a reason, and a violation goes into Register F, where remission reads it.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class RiskReviewTest {

    private static final String REVIEWS = "/api/v1/inmates/risk-reviews";
    private static final String PROBLEMS = "https://sinergi.id/problems/";
    private static final LocalDate TODAY = LocalDate.now();

    private final LiaisonFeed feed = new LiaisonFeed();

    /** A review as the list shows it. */
    private record Review(Map<String, Object> fields) {

        String getString(String name) {
            return (String) fields.get(name);
        }

        long getLong(String name) {
            return ((Number) fields.get(name)).longValue();
        }

        boolean getBoolean(String name) {
            return (Boolean) fields.get(name);
        }
    }

    private static List<Review> reviewsOf(String inmateId, Boolean pending) {
        var request = as(TestTokens.SECURITY).queryParam("inmateId", inmateId);
        if (pending != null) {
            request.queryParam("pending", pending.toString());
        }
        List<Map<String, Object>> items = request.when().get(REVIEWS).then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().map(Review::new).toList();
    }

    private static Review onlyReview(String inmateId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !reviewsOf(inmateId, true).isEmpty());
        List<Review> all = reviewsOf(inmateId, null);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static ValidatableResponse resolve(String token, String reviewId, String ifMatch, String body) {
        var request = as(token).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post(REVIEWS + "/" + reviewId + "/resolution").then();
    }

    private static String violation(LocalDate start, LocalDate end) {
        return """
                {"violation":"Kept a mobile phone in the cell (joint raid finding)","decisionNumber":"KPTS-F-%s",
                 "decisionDate":"%s","sanction":"Isolation (strafsel) for 6 days","sanctionStart":"%s","sanctionEnd":"%s"}"""
                .formatted(UUID.randomUUID(), start, start, end);
    }

    @Test
    void anIncidentNamingASuspectOpensOneReviewHoweverOftenItChanges() {
        String suspect = admitted(convict("Incident Suspect"));
        String victim = admitted(convict("Incident Victim"));
        String incidentId = UUID.randomUUID().toString();
        ObjectNode reported = LiaisonFeed.incidentChanged(incidentId, "report", "REPORTED", null, null,
                suspect, "SUSPECT", victim, "VICTIM");
        feed.send(reported);
        feed.send(reported);
        feed.send(LiaisonFeed.incidentChanged(incidentId, "share", "SHARED", null, null, suspect, "SUSPECT", victim, "VICTIM"));
        feed.send(LiaisonFeed.incidentChanged(incidentId, "investigate", "UNDER_INVESTIGATION", null, null,
                suspect, "PERPETRATOR", victim, "VICTIM"));
        feed.send(LiaisonFeed.incidentChanged(incidentId, "charge", "CHARGED", "LP/B/101/XI/2026/SPKT/POLRES HSU", null,
                suspect, "PERPETRATOR", victim, "VICTIM"));
        // The charge is the last event of the incident (one key, one partition): once its pending case is there,
        // every earlier event was consumed.
        await().atMost(Duration.ofSeconds(30)).until(() -> as(TestTokens.SECURITY).when()
                .get("/api/v1/inmates/" + suspect + "/pending-cases").then().extract().jsonPath().getList("items").size() == 1);

        Review review = onlyReview(suspect);
        assertThat(review.getString("source")).isEqualTo("INCIDENT");
        assertThat(review.getString("sourceId")).isEqualTo(incidentId);
        // The summary is the first event's: no police report yet when the WBP was first named.
        assertThat(review.getString("summary")).contains("FIGHT").contains("HIGH").contains("2026-11-10T13:20")
                .doesNotContain("police report");
        assertThat(review.getBoolean("pending")).isTrue();
        assertThat(reviewsOf(victim, null)).isEmpty();
    }

    @Test
    void aFindingResolvedWithAnAssessmentAndAViolationPublishesRiskChangedAndBlocksRemission() {
        String id = admitted(convict("Raid Finding", randomNik(), TODAY.minusDays(400).toString(), 5, 0)
                .replace("\"riskLevel\":\"HIGH\"", "\"riskLevel\":\"MEDIUM\""));
        String findingId = UUID.randomUUID().toString();
        feed.send(LiaisonFeed.findingRecorded(findingId, id));
        feed.send(LiaisonFeed.findingRecorded(findingId, id));
        Review review = onlyReview(id);
        assertThat(review.getString("source")).isEqualTo("FINDING");
        assertThat(review.getString("summary")).contains("PHONE").contains("Samsung phone").contains("2026-11-12T02:10");
        String reviewId = review.getString("id");
        String etag = "\"" + review.getLong("version") + "\"";

        String body = "{\"assessment\":{\"riskLevel\":\"HIGH\",\"reason\":\"Contraband phone found in the joint raid\"},"
                + "\"violation\":" + violation(TODAY.minusDays(2), TODAY.plusDays(3)) + "}";
        resolve(TestTokens.REGISTRAR, reviewId, etag, body).statusCode(403);
        resolve(TestTokens.POLRES_OFFICER, reviewId, etag, body).statusCode(403);
        resolve(TestTokens.SECURITY, UUID.randomUUID().toString(), etag, body).statusCode(404);
        resolve(TestTokens.SECURITY, reviewId, null, body).statusCode(428);
        resolve(TestTokens.SECURITY, reviewId, "\"99\"", body).statusCode(412);
        resolve(TestTokens.SECURITY, reviewId, etag, "{\"assessment\":{\"riskLevel\":\"HIGH\",\"reason\":\"x\"},"
                + "\"unchanged\":{\"reason\":\"y\"}}").statusCode(422).body("type", equalTo(PROBLEMS + "assessment-or-unchanged"));
        resolve(TestTokens.SECURITY, reviewId, etag, "{}").statusCode(422).body("type", equalTo(PROBLEMS + "assessment-or-unchanged"));

        JsonPath resolved = resolve(TestTokens.SECURITY, reviewId, etag, body).statusCode(200)
                .header("ETag", notNullValue())
                .body("pending", equalTo(false))
                .body("outcome", equalTo("ASSESSED"))
                .body("riskLevel", equalTo("HIGH"))
                .body("resolvedBy", equalTo("kamtib-1"))
                .body("riskAssessmentId", notNullValue())
                .body("disciplinaryEntryId", notNullValue())
                .extract().jsonPath();

        List<JsonNode> changed = RecordedEvents.events(id, "inmate.risk-changed");
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).get("previousLevel").asText()).isEqualTo("MEDIUM");
        assertThat(changed.get(0).get("inmate").get("riskLevel").asText()).isEqualTo("HIGH");
        as(TestTokens.SECURITY).when().get("/api/v1/inmates/" + id + "/risk-assessments").then().statusCode(200)
                .body("items[0].level", equalTo("HIGH"))
                .body("items[0].reason", equalTo("Contraband phone found in the joint raid"));
        as(TestTokens.SECURITY).when().get("/api/v1/inmates/" + id + "/disciplinary-register").then().statusCode(200)
                .body("items[0].id", equalTo(resolved.getInt("disciplinaryEntryId")))
                .body("items[0].violation", containsString("joint raid finding"));
        // Register F now bars the remission (condition GOOD_CONDUCT).
        act(TestTokens.REGISTRAR, id, "remissions", "{\"type\":\"GENERAL\",\"days\":30,\"decreeNumber\":\"PAS-" + UUID.randomUUID()
                + "\",\"decreeDate\":\"" + TODAY + "\",\"grantedOn\":\"" + TODAY + "\"}").statusCode(422)
                .body("type", equalTo(PROBLEMS + "remission-not-eligible"))
                .body("condition", equalTo("GOOD_CONDUCT"));

        // Resolved once: a second resolution is 409, whatever it says.
        resolve(TestTokens.LAPAS_HEAD, reviewId, "\"" + resolved.getLong("version") + "\"",
                "{\"unchanged\":{\"reason\":\"again\"}}").statusCode(409).body("type", equalTo(PROBLEMS + "review-already-resolved"));
        assertThat(reviewsOf(id, true)).isEmpty();
        assertThat(reviewsOf(id, false)).hasSize(1);
    }

    @Test
    void aReviewResolvedUnchangedKeepsTheLevelAndPublishesNothing() {
        String id = admitted(convict("Unchanged Risk"));
        feed.send(LiaisonFeed.incidentChanged(UUID.randomUUID().toString(), "report", "REPORTED", null, null, id, "PERPETRATOR"));
        Review review = onlyReview(id);
        resolve(TestTokens.LAPAS_HEAD, review.getString("id"), "\"" + review.getLong("version") + "\"",
                "{\"unchanged\":{\"reason\":\"Cleared by the CCTV record\"}}").statusCode(200)
                .body("outcome", equalTo("UNCHANGED"))
                .body("reason", equalTo("Cleared by the CCTV record"))
                .body("riskLevel", nullValue())
                .body("riskAssessmentId", nullValue())
                .body("disciplinaryEntryId", nullValue());
        assertThat(RecordedEvents.events(id, "inmate.risk-changed")).isEmpty();
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id).then().body("riskLevel", equalTo("HIGH"));
    }

    @Test
    void theListIsForLapasRolesAndValidatesItsParameters() {
        as(TestTokens.POLRES_OFFICER).when().get(REVIEWS).then().statusCode(403);
        as(TestTokens.AUDITOR).queryParam("pending", "true").when().get(REVIEWS).then().statusCode(200).body("page", equalTo(0));
        as(TestTokens.SECURITY).queryParam("inmateId", "not-a-uuid").when().get(REVIEWS).then().statusCode(400);
        as(TestTokens.SECURITY).queryParam("pending", "maybe").when().get(REVIEWS).then().statusCode(400);
    }

    @Test
    void anAccusedWithoutInmateIdOrAnUnknownWbpIsAPoisonEvent() {
        String incidentId = UUID.randomUUID().toString();
        ObjectNode event = LiaisonFeed.incidentChanged(incidentId, "report", "REPORTED", null, null, UUID.randomUUID().toString(), "SUSPECT");
        feed.send(event);
        String findingId = UUID.randomUUID().toString();
        ObjectNode finding = LiaisonFeed.findingRecorded(findingId, null);
        ((ObjectNode) finding.get("data")).remove("kind");
        feed.send(finding);
        var dead = feed.kafka().readUntil("liaison.events.v1.inmate-service.dlq",
                read -> read.stream().anyMatch(r -> incidentId.equals(r.key()))
                        && read.stream().anyMatch(r -> findingId.equals(r.key())), Duration.ofSeconds(30));
        assertThat(dead).anyMatch(r -> incidentId.equals(r.key())).anyMatch(r -> findingId.equals(r.key()));
    }
}
