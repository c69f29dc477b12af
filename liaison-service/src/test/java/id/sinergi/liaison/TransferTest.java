package id.sinergi.liaison;

import id.sinergi.liaison.domain.InmateHistory;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Issue 22 point 3: a WBP transferred within the region is IN_TRANSIT (no poison, nothing ends), and on
 * arrival the open liaison records follow the person to the receiving facility; what is closed, and
 * incidents, stay where they happened.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class TransferTest {

    private static final String FROM = TestTokens.FACILITY;
    private static final String TO = TestTokens.OTHER_FACILITY;
    static final String REQUESTS = "/api/v1/liaison/info-requests";

    static List<Notification> notificationsAbout(UUID inmateId) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.list("inmateId", inmateId));
    }

    /** An information request about the WBP by Polres HSU; returns its path. */
    static String submitted(UUID inmateId) {
        return REQUESTS + "/" + as(TestTokens.POLRES_OFFICER).body("""
                {"inmateId":"%s","purpose":"Penyidikan perkara curas","requestedData":["IDENTITY"],
                 "legalBasis":{"letterNumber":"B/412/XI/2026/Reskrim","policeReportNumber":"LP/B/45/XI/2026"},
                 "neededBy":"%s"}""".formatted(inmateId, LocalDate.now().plusDays(5)))
                .when().post(REQUESTS).then().statusCode(201).extract().path("id");
    }

    @Test
    void theOpenRecordsFollowTheWbpToTheReceivingFacilityOnArrival() {
        UUID inmateId = Region.admitted(FROM, "HIGH", "B.I");
        Feed.releaseDue(inmateId, LocalDate.now().plusDays(7), 7);
        Feed.awaitApplied(() -> notificationsAbout(inmateId).size() == 1);
        String notification = "/api/v1/liaison/notifications/" + notificationsAbout(inmateId).get(0).id;
        String open = submitted(inmateId);
        String rejected = submitted(inmateId);
        act(TestTokens.LIAISON, rejected, "reject", "{\"reason\":\"Tidak ada dasar hukum\"}").then().statusCode(200);
        OffsetDateTime now = OffsetDateTime.now();
        String loan = "/api/v1/liaison/police-loans/" + as(TestTokens.POLRES_OFFICER).body("""
                {"inmateId":"%s","purpose":"Saksi","caseNumber":"LP/1","letterNumber":"B/2","borrowingUnit":"Satreskrim",
                 "plannedOutAt":"%s","plannedBackAt":"%s","escorts":[{"name":"Andi","rank":"Bripka","nrp":"1"}]}"""
                .formatted(inmateId, now.plusDays(2), now.plusDays(2).plusHours(3)))
                .when().post("/api/v1/liaison/police-loans").then().statusCode(201).extract().path("id");
        String incident = IncidentTest.reported(TestTokens.SECURITY, IncidentTest.report("FIGHT", "MEDIUM", true, inmateId));

        Region.transferred(inmateId, FROM, TO);
        assertThat(Feed.known(inmateId).facility).as("in transit, still the sending facility's").isEqualTo(FROM);
        as(TestTokens.LIAISON).when().get(open).then().statusCode(200);
        as(TestTokens.OTHER_LAPAS_LIAISON).when().get(open).then().statusCode(404);

        String registerNumber = Region.arrived(inmateId, FROM, TO);

        for (String moved : List.of(notification, open, loan)) {
            as(TestTokens.OTHER_LAPAS_LIAISON).when().get(moved).then().statusCode(200).body("registerNumber", equalTo(registerNumber));
            as(TestTokens.LIAISON).when().get(moved).then().statusCode(404);
            as(TestTokens.POLRES_OFFICER).when().get(moved).then().statusCode(200);
        }
        as(TestTokens.OTHER_LAPAS_LIAISON).queryParam("inmateId", inmateId.toString()).when().get("/api/v1/liaison/info-requests")
                .then().statusCode(200).body("total", equalTo(1));
        // The receiving facility acts on what followed the WBP.
        act(TestTokens.OTHER_LAPAS_LIAISON, open, "approve", "{\"accessExpiresAt\":\"" + now.plusDays(5) + "\"}").then().statusCode(200);
        act(TestTokens.OTHER_LAPAS_LIAISON, loan, "reject", "{\"reason\":\"Dalam masa orientasi\"}").then().statusCode(200);

        for (String stayed : List.of(rejected, incident)) {
            as(TestTokens.LIAISON).when().get(stayed).then().statusCode(200);
            as(TestTokens.OTHER_LAPAS_LIAISON).when().get(stayed).then().statusCode(404);
        }
        as(TestTokens.LIAISON).queryParam("facility", FROM).when().get("/api/v1/liaison/info-requests").then().statusCode(200)
                .body("items.id", not(hasItem(open.substring(open.lastIndexOf('/') + 1))));
        List<String> statuses = QuarkusTransaction.requiringNew().call(() -> InmateHistory.<InmateHistory>list(
                "key.inmateId = ?1 order by key.snapshotVersion", inmateId).stream().map(h -> h.status + "@" + h.facility).toList());
        assertThat(statuses).containsSubsequence("IN_CUSTODY@" + FROM, "IN_TRANSIT@" + FROM, "IN_CUSTODY@" + TO);
    }
}
