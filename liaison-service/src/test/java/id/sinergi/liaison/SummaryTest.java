package id.sinergi.liaison;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.liaison.domain.InmateSnapshot;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.local.DevTokens;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's counts against data seeded for it in a facility of its own. Other tests share
 * the database (and Polres's unit), so each count is checked as the change the seeded data made.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class SummaryTest {

    private static final String SUMMARY = "/api/v1/liaison/summary";
    private static final String FACILITY = "LAPAS-DASHBOARD-" + UUID.randomUUID().toString().substring(0, 6);
    private static final String LIAISON = DevTokens.mint("liaison-d", Roles.LAPAS_LIAISON, "LAPAS", FACILITY);
    private static final String SECURITY = DevTokens.mint("kamtib-d", Roles.LAPAS_SECURITY, "LAPAS", FACILITY);
    private static final String[] COUNTS = {
            "notifications.open", "notifications.overdueAcknowledgements", "infoRequests.pending", "infoRequests.overdue",
            "policeLoans.pending", "policeLoans.overdue", "incidents.open", "incidents.openBySeverity.LOW",
            "incidents.openBySeverity.MEDIUM", "incidents.openBySeverity.HIGH", "incidents.openBySeverity.CRITICAL",
            "actionItems.overdue", "actionItems.overdueByAgency.LAPAS", "actionItems.overdueByAgency.POLRES",
            "agreements.expiringSoon"};

    private static Map<String, Long> counts(String token) {
        JsonPath summary = as(token).when().get(SUMMARY).then().statusCode(200).extract().jsonPath();
        assertThat(summary.getInt("agreements.withinDays")).isEqualTo(60);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String count : COUNTS) {
            Object value = summary.get(count);
            counts.put(count, value == null ? 0L : ((Number) value).longValue());
        }
        return counts;
    }

    private static Map<String, Long> change(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> change = new LinkedHashMap<>();
        before.forEach((count, value) -> change.put(count, after.get(count) - value));
        return change;
    }

    private static Map<String, Long> expected(long... values) {
        Map<String, Long> expected = new LinkedHashMap<>();
        for (int i = 0; i < COUNTS.length; i++) {
            expected.put(COUNTS[i], values[i]);
        }
        return expected;
    }

    /** A HIGH-risk WBP held in the dashboard's facility. */
    private static UUID admitted() {
        UUID id = UUID.randomUUID();
        Feed.inmateEvent("InmateAdmitted", id, e -> Feed.inmate(e).put("facility", FACILITY).put("riskLevel", "HIGH")
                .put("registerNumber", "B.I-" + id.toString().substring(0, 4) + "/2026"));
        Feed.awaitApplied(() -> Feed.known(id) != null);
        return id;
    }

    private static void releaseDue(UUID inmateId, int days) {
        Feed.inmateEvent("InmateReleaseDue", inmateId, e -> {
            ((ObjectNode) e.get("data")).put("releaseOn", LocalDate.now().plusDays(days).toString()).put("daysBefore", days);
            Feed.inmate(e).put("facility", FACILITY);
        });
    }

    private static void pastDeadline(String table, String column, UUID inmateId) {
        QuarkusTransaction.requiringNew().run(() -> InmateSnapshot.getEntityManager()
                .createNativeQuery("UPDATE " + table + " SET " + column + " = now() - interval '1 hour' WHERE id = "
                        + "(SELECT id FROM " + table + " WHERE inmate_id = ?1 LIMIT 1)")
                .setParameter(1, inmateId).executeUpdate());
    }

    @Test
    void theDashboardCountsWhatWasSeededWithinEachCallersScope() {
        Map<String, Long> lapasBefore = counts(LIAISON);
        Map<String, Long> polresBefore = counts(TestTokens.POLRES_OFFICER);
        Map<String, Long> otherUnitBefore = counts(TestTokens.OTHER_UNIT_OFFICER);

        UUID first = admitted();
        UUID second = admitted();
        releaseDue(first, 7);
        releaseDue(second, 30);
        Feed.awaitApplied(() -> QuarkusTransaction.requiringNew().call(() ->
                Notification.count("facility", FACILITY)) == 2);
        pastDeadline("notification", "acknowledge_by", first);

        for (int i = 0; i < 2; i++) {
            as(TestTokens.POLRES_OFFICER).body("""
                    {"inmateId":"%s","purpose":"Penyidikan","requestedData":["IDENTITY"],
                     "legalBasis":{"letterNumber":"B/9/XI/2026"},"neededBy":"%s"}""".formatted(first, LocalDate.now()))
                    .when().post("/api/v1/liaison/info-requests").then().statusCode(201);
        }
        pastDeadline("info_request", "answer_due_at", first);
        OffsetDateTime now = OffsetDateTime.now();
        as(TestTokens.POLRES_OFFICER).body("""
                {"inmateId":"%s","purpose":"Saksi","caseNumber":"LP/1","letterNumber":"B/2","borrowingUnit":"Satreskrim",
                 "plannedOutAt":"%s","plannedBackAt":"%s","escorts":[{"name":"Andi","rank":"Bripka","nrp":"1"}]}"""
                .formatted(second, now.plusHours(1), now.plusHours(3))).when().post("/api/v1/liaison/police-loans")
                .then().statusCode(201);

        IncidentTest.reported(SECURITY, IncidentTest.report("ESCAPE_ATTEMPT", "HIGH", true, first));
        IncidentTest.reported(SECURITY, IncidentTest.report("FIGHT", "MEDIUM", false, second));
        String closed = IncidentTest.reported(SECURITY, IncidentTest.report("OTHER", "LOW", false));
        act(SECURITY, closed, "close", "{\"reason\":\"Teguran\"}").then().statusCode(200);

        String meeting = MeetingTest.scheduled(LIAISON, "Rakor dashboard", 10);
        String done = act(LIAISON, meeting, "record-minutes", MeetingTest.minutes(
                MeetingTest.item("POLRES", LocalDate.now().minusDays(2)), MeetingTest.item("LAPAS", LocalDate.now().minusDays(1)),
                MeetingTest.item("LAPAS", LocalDate.now().plusDays(5)), MeetingTest.item("BNNK-HSU", LocalDate.now().minusDays(3))))
                .then().statusCode(200).extract().path("actionItems.find { it.ownerAgency == 'BNNK-HSU' }.id");
        act(LIAISON, MeetingTest.ITEMS + "/" + done, "complete", null).then().statusCode(200);

        AgreementTest.active(LIAISON, LocalDate.now().plusDays(30));
        AgreementTest.active(LIAISON, LocalDate.now().plusDays(200));
        as(LIAISON).body(AgreementTest.draft(AgreementTest.number(), LocalDate.now(), LocalDate.now().plusDays(10), "POLRES-HSU"))
                .when().post(AgreementTest.AGREEMENTS).then().statusCode(201);

        assertThat(change(lapasBefore, counts(LIAISON)))
                .isEqualTo(expected(2, 1, 2, 1, 1, 0, 2, 0, 1, 1, 0, 2, 1, 1, 1));
        // Polres: the same, less the incident never shared with it.
        assertThat(change(polresBefore, counts(TestTokens.POLRES_OFFICER)))
                .isEqualTo(expected(2, 1, 2, 1, 1, 0, 1, 0, 0, 1, 0, 2, 1, 1, 1));
        assertThat(change(otherUnitBefore, counts(TestTokens.OTHER_UNIT_OFFICER)))
                .isEqualTo(expected(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        as(TestTokens.REGISTRAR).when().get(SUMMARY).then().statusCode(403);
    }
}
