package id.sinergi.liaison;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static id.sinergi.liaison.Api.etag;
import static id.sinergi.platform.testing.RecordedEvents.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class IncidentTest {

    static final String INCIDENTS = "/api/v1/liaison/incidents";

    static String report(String type, String severity, boolean share, UUID... suspects) {
        StringBuilder involved = new StringBuilder();
        for (UUID suspect : suspects) {
            involved.append(involved.isEmpty() ? "" : ",").append("{\"inmateId\":\"").append(suspect).append("\",\"role\":\"SUSPECT\"}");
        }
        return """
                {"type":"%s","severity":"%s","occurredAt":"%s","place":"Blok A kamar 2",
                 "description":"Telepon genggam ditemukan saat penggeledahan kamar","evidence":["BA-SITA/17/XI/2026"],
                 "involved":[%s],"shareWithPolres":%s}"""
                .formatted(type, severity, OffsetDateTime.now(ZoneOffset.UTC).minusHours(2), involved, share);
    }

    /** Records an incident as {@code token}; returns its path. */
    static String reported(String token, String body) {
        return INCIDENTS + "/" + as(token).body(body).when().post(INCIDENTS).then().statusCode(201).extract().path("id");
    }

    private static String id(String path) {
        return path.substring(INCIDENTS.length() + 1);
    }

    @Test
    void aSharedIncidentIsPublishedAndFollowedUpByPolres() {
        UUID suspect = Feed.admittedHighRisk();
        Response created = as(TestTokens.SECURITY).body(report("CONTRABAND_PHONE", "MEDIUM", true, suspect)).when().post(INCIDENTS);
        created.then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("state", equalTo("SHARED"))
                .body("sharedWithPolres", equalTo(true))
                .body("polresUnit", equalTo("POLRES-HSU"))
                .body("involved[0].registerNumber", startsWith("B.I-"))
                .body("involved[0].role", equalTo("SUSPECT"))
                .body("policeFollowUp", nullValue())
                .body("allowedActions", contains("receive"));
        String path = INCIDENTS + "/" + created.path("id");

        List<JsonNode> reportedEvents = events(id(path), "liaison.incident-reported");
        assertThat(reportedEvents).hasSize(1);
        JsonNode event = reportedEvents.get(0);
        assertThat(event.get("type").asText()).isEqualTo("CONTRABAND_PHONE");
        assertThat(event.get("polresUnit").asText()).isEqualTo("POLRES-HSU");
        assertThat(event.at("/involved/0/inmateId").asText()).isEqualTo(suspect.toString());
        assertThat(event.toString()).doesNotContain("fullName").doesNotContain("nik");

        act(TestTokens.SECURITY, path, "receive", "{}").then().statusCode(403);
        act(TestTokens.POLRES_OFFICER, path, "receive", "{\"note\":\"Diterima SPKT\"}").then().statusCode(200)
                .body("state", equalTo("RECEIVED"))
                .body("policeFollowUp.status", equalTo("RECEIVED"))
                .body("policeFollowUp.by", equalTo("officer-7"));
        act(TestTokens.POLRES_OFFICER, path, "investigate", "{}").then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/police-report-number-required"));
        act(TestTokens.POLRES_OFFICER, path, "investigate", "{\"policeReportNumber\":\"LP/B/52/XI/2026\"}").then().statusCode(200)
                .body("state", equalTo("UNDER_INVESTIGATION"))
                .body("policeFollowUp.policeReportNumber", equalTo("LP/B/52/XI/2026"))
                .body("allowedActions", contains("charge", "close"));
        act(TestTokens.POLRES_HEAD, path, "charge", null).then().statusCode(200).body("state", equalTo("CHARGED"));
        // Security may close, but only what was never shared: once charged, the state allows it to Polres alone (409).
        act(TestTokens.SECURITY, path, "close", "{\"reason\":\"x\"}").then().statusCode(409).body("state", equalTo("CHARGED"));
        // A charged case is closed once it is finished, saying how (verdict, SP3, restorative justice).
        act(TestTokens.POLRES_HEAD, path, "close", null).then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/reason-required"));
        act(TestTokens.POLRES_HEAD, path, "close", "{\"reason\":\"Putusan PN Amuntai berkekuatan hukum tetap\"}").then().statusCode(200)
                .body("state", equalTo("CLOSED"))
                .body("policeFollowUp.status", equalTo("CLOSED"))
                .body("policeFollowUp.policeReportNumber", equalTo("LP/B/52/XI/2026"));
        act(TestTokens.POLRES_HEAD, path, "close", null).then().statusCode(409).body("allowedActions.size()", equalTo(0));
        assertThat(events(id(path), "liaison.incident-reported")).hasSize(1);
    }

    @Test
    void polresSeesOnlyIncidentsSharedWithItsUnit() {
        UUID suspect = Feed.admittedHighRisk();
        String internal = reported(TestTokens.SECURITY, report("FIGHT", "LOW", false, suspect));
        as(TestTokens.POLRES_OFFICER).when().get(internal).then().statusCode(404);
        as(TestTokens.POLRES_OFFICER).queryParam("inmateId", suspect.toString()).when().get(INCIDENTS).then().statusCode(200)
                .body("total", equalTo(0));
        as(TestTokens.POLRES_OFFICER).header("If-Match", "\"0\"").body("{}").when().post(internal + "/receive").then().statusCode(404);
        as(TestTokens.OTHER_LAPAS_SECURITY).when().get(internal).then().statusCode(404);
        assertThat(events(id(internal), "liaison.incident-reported")).isEmpty();

        act(TestTokens.SECURITY, internal, "share", null).then().statusCode(200).body("sharedBy", equalTo("kamtib-1"));
        assertThat(events(id(internal), "liaison.incident-reported")).hasSize(1);
        as(TestTokens.POLRES_OFFICER).when().get(internal).then().statusCode(200).body("state", equalTo("SHARED"));
        as(TestTokens.OTHER_UNIT_OFFICER).when().get(internal).then().statusCode(404);
        as(TestTokens.OTHER_UNIT_OFFICER).queryParam("inmateId", suspect.toString()).when().get(INCIDENTS).then()
                .body("total", equalTo(0));
        as(TestTokens.POLRES_OFFICER).queryParam("inmateId", suspect.toString()).when().get(INCIDENTS).then()
                .body("total", equalTo(1));
        as(TestTokens.AUDITOR).when().get(internal).then().statusCode(200);
        as(TestTokens.PROGRAM_OFFICER).when().get(INCIDENTS).then().statusCode(403);
    }

    @Test
    void theLapasClosesWhatItNeverSharedSayingHow() {
        String path = reported(TestTokens.SECURITY, report("EXTORTION", "HIGH", false));
        act(TestTokens.SECURITY, path, "close", "{}").then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/reason-required"));
        act(TestTokens.LAPAS_HEAD, path, "close", "{\"reason\":\"Hukuman disiplin register F\"}").then().statusCode(200)
                .body("state", equalTo("CLOSED"))
                .body("closedBy", equalTo("kalapas"))
                .body("policeFollowUp", nullValue());
        act(TestTokens.SECURITY, path, "share", null).then().statusCode(409)
                .body("type", equalTo("https://sinergi.id/problems/transition-not-allowed"));
    }

    @Test
    void anIncidentIsCorrectedOnlyFromTheVersionRead() {
        UUID first = Feed.admittedHighRisk();
        UUID second = Feed.admittedHighRisk();
        String path = reported(TestTokens.SECURITY, report("NARCOTICS", "HIGH", false, first));
        as(TestTokens.SECURITY).body(report("NARCOTICS", "CRITICAL", false, first, second)).when().put(path).then().statusCode(428);
        as(TestTokens.SECURITY).header("If-Match", "\"0\"").body(report("NARCOTICS", "CRITICAL", false, first, second))
                .when().put(path).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("severity", equalTo("CRITICAL"))
                .body("involved.size()", equalTo(2));
        as(TestTokens.SECURITY).header("If-Match", "\"0\"").body(report("NARCOTICS", "LOW", false, first))
                .when().put(path).then().statusCode(412).body("currentEtag", equalTo("\"1\""));

        String etag = etag(TestTokens.SECURITY, path);
        List<CompletableFuture<Integer>> shares = Stream.of(0, 1).map(i -> CompletableFuture.supplyAsync(() ->
                as(TestTokens.SECURITY).header("If-Match", etag).when().post(path + "/share").statusCode())).toList();
        assertThat(shares.stream().map(CompletableFuture::join).sorted()).containsExactly(200, 412);
        assertThat(events(id(path), "liaison.incident-reported")).hasSize(1);
        as(TestTokens.SECURITY).header("If-Match", etag(TestTokens.SECURITY, path)).body(report("NARCOTICS", "LOW", false))
                .when().put(path).then().statusCode(409).body("state", equalTo("SHARED"));
    }

    @Test
    void badReportsAreRefusedWithTheReason() {
        UUID known = Feed.admittedHighRisk();
        as(TestTokens.SECURITY).body(report("FIGHT", "LOW", false, known, UUID.randomUUID())).when().post(INCIDENTS).then()
                .statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/unknown-inmate"))
                .body("field", equalTo("involved[1].inmateId"));
        as(TestTokens.OTHER_LAPAS_SECURITY).body(report("FIGHT", "LOW", false, known)).when().post(INCIDENTS).then()
                .statusCode(422).body("type", equalTo("https://sinergi.id/problems/unknown-inmate"));
        as(TestTokens.SECURITY).body(report("FIGHT", "LOW", false, known, known)).when().post(INCIDENTS).then()
                .statusCode(422).body("type", equalTo("https://sinergi.id/problems/duplicate-entry"));
        as(TestTokens.SECURITY).body(report("ARSON", "LOW", false)).when().post(INCIDENTS).then()
                .statusCode(400).body("type", equalTo("https://sinergi.id/problems/invalid-json-value"))
                .body("field", equalTo("type"));
        as(TestTokens.SECURITY).body(report("FIGHT", "LOW", false).replace("Blok A kamar 2", "")).when().post(INCIDENTS).then()
                .statusCode(400).body("violations.field", hasItem(containsString("place")));
        as(TestTokens.SECURITY).body(report("FIGHT", "LOW", false)
                .replaceFirst("\"occurredAt\":\"[^\"]+\"", "\"occurredAt\":\"" + OffsetDateTime.now().plusDays(2) + "\""))
                .when().post(INCIDENTS).then().statusCode(400);
        as(TestTokens.LIAISON).body(report("FIGHT", "LOW", false)).when().post(INCIDENTS).then().statusCode(403);
        as(TestTokens.POLRES_OFFICER).body(report("FIGHT", "LOW", false)).when().post(INCIDENTS).then().statusCode(403);
        as(TestTokens.SECURITY).queryParam("severity", "EXTREME").when().get(INCIDENTS).then().statusCode(400)
                .body("field", equalTo("severity"));
    }

    @Test
    void incidentsAreSearchedAndARetriedReportIsRecordedOnce() {
        UUID suspect = Feed.admittedHighRisk();
        String key = "kamtib-" + UUID.randomUUID();
        String body = report("ESCAPE_ATTEMPT", "CRITICAL", true, suspect).replace("Blok A kamar 2", "Tembok luar Blok C");
        String first = as(TestTokens.SECURITY).header("Idempotency-Key", key).body(body).when().post(INCIDENTS)
                .then().statusCode(201).extract().path("id");
        as(TestTokens.SECURITY).header("Idempotency-Key", key).body(body).when().post(INCIDENTS)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertThat(events(first, "liaison.incident-reported")).hasSize(1);

        as(TestTokens.LIAISON).queryParam("q", "TEMBOK blok").queryParam("inmateId", suspect.toString()).when().get(INCIDENTS)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(first));
        as(TestTokens.LIAISON).queryParam("q", "tembok dapur").queryParam("inmateId", suspect.toString()).when().get(INCIDENTS)
                .then().body("total", equalTo(0));
        as(TestTokens.POLRES_OFFICER).queryParam("open", "true").queryParam("severity", "CRITICAL").queryParam("type", "ESCAPE_ATTEMPT")
                .queryParam("size", "100").when().get(INCIDENTS).then().statusCode(200).body("items.id", hasItem(first));
        as(TestTokens.POLRES_OFFICER).queryParam("open", "false").queryParam("size", "100").when().get(INCIDENTS).then()
                .body("items.id", not(hasItem(first)));
        as(TestTokens.AUDITOR).when().get(INCIDENTS + "/state-machine").then().statusCode(200)
                .body("transitions.findAll { it.action == 'close' }.size()", equalTo(4));
    }
}
