package id.sinergi.liaison;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.liaison.service.EscalationJob;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
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

@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class PoliceLoanTest {

    private static final String LOANS = "/api/v1/liaison/police-loans";

    @Inject
    EscalationJob escalation;

    private static String loan(UUID inmateId, OffsetDateTime out, OffsetDateTime back) {
        return """
                {"inmateId":"%s","purpose":"Pemeriksaan tambahan sebagai saksi","caseNumber":"LP/B/45/XI/2026",
                 "letterNumber":"B/123/XI/2026/Reskrim","borrowingUnit":"Satreskrim Polres Hulu Sungai Utara",
                 "plannedOutAt":"%s","plannedBackAt":"%s",
                 "escorts":[{"name":"Bripka Andi Saputra","rank":"Bripka","nrp":"86051234"}]}"""
                .formatted(inmateId, out.withOffsetSameInstant(ZoneOffset.UTC), back.withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static String loan(UUID inmateId) {
        OffsetDateTime now = OffsetDateTime.now();
        return loan(inmateId, now.plusHours(1), now.plusHours(8));
    }

    private static Response request(UUID inmateId) {
        return as(TestTokens.POLRES_OFFICER).body(loan(inmateId)).when().post(LOANS);
    }

    /** A loan requested and approved; returns its path. */
    private static String approved(UUID inmateId) {
        String path = LOANS + "/" + request(inmateId).then().statusCode(201).extract().path("id");
        act(TestTokens.LIAISON, path, "approve", null).then().statusCode(200);
        return path;
    }

    private static List<String> states(String path) {
        return events(path.substring(LOANS.length() + 1), "liaison.police-loan-changed").stream()
                .map(e -> e.get("state").asText()).toList();
    }

    @Test
    void aLoanGoesOutAndBack() {
        UUID inmateId = Feed.admittedHighRisk();
        Response requested = request(inmateId);
        requested.then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("state", equalTo("REQUESTED"))
                .body("unit", equalTo("POLRES-HSU"))
                .body("escorts[0].nrp", equalTo("86051234"))
                .body("allowedActions", contains("approve", "reject", "cancel"));
        String path = LOANS + "/" + requested.path("id");

        act(TestTokens.REGISTRAR, path, "check-out", null).then().statusCode(409)
                .body("allowedActions", contains("approve", "reject", "cancel"));
        act(TestTokens.POLRES_OFFICER, path, "approve", null).then().statusCode(403);
        act(TestTokens.LIAISON, path, "approve", null).then().statusCode(200).body("decidedBy", equalTo("liaison-1"));
        act(TestTokens.REGISTRAR, path, "check-out", null).then().statusCode(200)
                .body("state", equalTo("CHECKED_OUT"))
                .body("checkedOutBy", equalTo("registrar-1"))
                .body("allowedActions", contains("return"));
        request(inmateId).then().statusCode(409).body("type", equalTo("https://sinergi.id/problems/inmate-already-out"));
        act(TestTokens.REGISTRAR, path, "return", null).then().statusCode(200).body("state", equalTo("RETURNED"));

        assertThat(states(path)).containsExactly("REQUESTED", "APPROVED", "CHECKED_OUT", "RETURNED");
        JsonNode out = events(path.substring(LOANS.length() + 1), "liaison.police-loan-changed").get(2);
        assertThat(out.get("unit").asText()).isEqualTo("Satreskrim Polres Hulu Sungai Utara");
        assertThat(out.get("letterNumber").asText()).isEqualTo("B/123/XI/2026/Reskrim");
        assertThat(out.get("inmateId").asText()).isEqualTo(inmateId.toString());
    }

    @Test
    void aLoanNotBackInTimeTurnsOverdueAndIsEscalated() {
        UUID inmateId = Feed.admittedHighRisk();
        String path = approved(inmateId);
        act(TestTokens.REGISTRAR, path, "check-out", null).then().statusCode(200);

        EscalationJob.Result result = escalation.run(OffsetDateTime.now().plusHours(9));
        assertThat(result.loans()).isGreaterThanOrEqualTo(1);
        as(TestTokens.POLRES_HEAD).queryParam("overdue", "true").queryParam("inmateId", inmateId.toString()).when().get(LOANS)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].state", equalTo("OVERDUE"));
        escalation.run(OffsetDateTime.now().plusHours(10));
        assertThat(states(path)).containsExactly("REQUESTED", "APPROVED", "CHECKED_OUT", "OVERDUE");

        act(TestTokens.LIAISON, path, "return", null).then().statusCode(200).body("state", equalTo("RETURNED"));
        assertThat(states(path)).endsWith("RETURNED");
    }

    @Test
    void aLoanForAWbpWhoCannotGoIsRefusedWithTheReason() {
        as(TestTokens.POLRES_OFFICER).body(loan(UUID.randomUUID())).when().post(LOANS).then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/unknown-inmate"));

        UUID released = Feed.admittedHighRisk();
        Feed.inmateEvent("InmateReleased", released, e -> { });
        Feed.awaitApplied(() -> "RELEASED".equals(Feed.known(released).status));
        request(released).then().statusCode(409).body("type", equalTo("https://sinergi.id/problems/inmate-not-in-custody"));

        UUID atCourt = Feed.admittedHighRisk();
        Feed.moved(atCourt, "COURT");
        request(atCourt).then().statusCode(409).body("detail", equalTo("the WBP is already out of the facility (COURT)"));

        UUID inmateId = Feed.admittedHighRisk();
        OffsetDateTime now = OffsetDateTime.now();
        as(TestTokens.POLRES_OFFICER).body(loan(inmateId, now.plusHours(5), now.plusHours(2))).when().post(LOANS).then()
                .statusCode(422).body("field", equalTo("plannedBackAt"));
        as(TestTokens.POLRES_OFFICER).body(loan(inmateId).replaceAll("\"escorts\":\\[.*]", "\"escorts\":[]")).when().post(LOANS)
                .then().statusCode(400);
        as(TestTokens.POLRES_OFFICER).body(loan(inmateId).replace("\"86051234\"", "\"\"")).when().post(LOANS)
                .then().statusCode(400).body("violations.field", hasItem(containsString("nrp")));
        as(TestTokens.LIAISON).body(loan(inmateId)).when().post(LOANS).then().statusCode(403);
    }

    @Test
    void rejectionAndCancellationNeedAReason() {
        String rejected = LOANS + "/" + request(Feed.admittedHighRisk()).then().statusCode(201).extract().path("id");
        act(TestTokens.LIAISON, rejected, "reject", null).then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/reason-required"));
        act(TestTokens.LIAISON, rejected, "reject", "{\"reason\":\"Surat bon tidak lengkap\"}").then().statusCode(200)
                .body("state", equalTo("REJECTED"));

        String cancelled = approved(Feed.admittedHighRisk());
        act(TestTokens.POLRES_OFFICER, cancelled, "cancel", "{\"reason\":\"Saksi diperiksa di Lapas\"}").then().statusCode(200)
                .body("state", equalTo("CANCELLED"))
                .body("reason", equalTo("Saksi diperiksa di Lapas"));
        assertThat(states(cancelled)).containsExactly("REQUESTED", "APPROVED", "CANCELLED");
    }

    @Test
    void twoCheckOutsOfOneWbpAtOnceLetOneGo() {
        UUID inmateId = Feed.admittedHighRisk();
        List<String> loans = List.of(approved(inmateId), approved(inmateId));
        List<String> etags = loans.stream().map(path -> etag(TestTokens.REGISTRAR, path)).toList();
        List<CompletableFuture<Integer>> checkOuts = Stream.of(0, 1).map(i -> CompletableFuture.supplyAsync(() ->
                as(TestTokens.REGISTRAR).header("If-Match", etags.get(i)).when().post(loans.get(i) + "/check-out").statusCode()))
                .toList();
        assertThat(checkOuts.stream().map(CompletableFuture::join).sorted()).containsExactly(200, 409);
    }

    @Test
    void loansAreSeenOnlyWithinTheCallersScope() {
        UUID inmateId = Feed.admittedHighRisk();
        String path = LOANS + "/" + request(inmateId).then().statusCode(201).extract().path("id");
        as(TestTokens.OTHER_UNIT_OFFICER).when().get(path).then().statusCode(404);
        as(TestTokens.OTHER_UNIT_OFFICER).header("If-Match", "\"0\"").body("{\"reason\":\"x\"}").when().post(path + "/cancel")
                .then().statusCode(404);
        as(TestTokens.REGISTRAR).queryParam("inmateId", inmateId.toString()).queryParam("outFrom", LocalDate.now().toString())
                .when().get(LOANS).then().statusCode(200).body("total", equalTo(1));
        as(TestTokens.PROGRAM_OFFICER).when().get(LOANS).then().statusCode(403);
        as(TestTokens.POLRES_OFFICER).when().get(LOANS + "/state-machine").then().statusCode(200)
                .body("transitions.find { it.action == 'mark-overdue' }.bySystem", equalTo(true));
    }

    @Test
    void theWbpBackInTheFacilityMayGoOnAnotherLoan() {
        UUID inmateId = Feed.admittedHighRisk();
        String first = approved(inmateId);
        act(TestTokens.REGISTRAR, first, "check-out", null).then().statusCode(200);
        Feed.moved(inmateId, "POLICE_LOAN");
        act(TestTokens.REGISTRAR, first, "return", null).then().statusCode(200);
        Feed.inmateEvent("InmateMoved", inmateId, e -> {
            Feed.inmate(e).put("location", "IN_FACILITY");
            ((ObjectNode) e.get("data")).put("direction", "IN");
        });
        Feed.awaitApplied(() -> "IN_FACILITY".equals(Feed.known(inmateId).location));
        request(inmateId).then().statusCode(201);
    }
}
