package id.sinergi.liaison;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.local.DevTokens;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 22 point 4: a month of a facility of its own (Lapas Pelaihari, which no other test uses), seeded
 * through inmate and program events as inmate-service and program-service send them; every figure of the
 * report equals the {@code total} of the list query it names, for each reader and scope.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyReportTest {

    private static final String REPORT = "/api/v1/liaison/reports/monthly";
    private static final String PELAIHARI = "LAPAS-PELAIHARI";
    private static final String HEAD = DevTokens.mint("kalapas-plh", Roles.LAPAS_HEAD, "LAPAS", PELAIHARI);
    private static final String SECURITY = DevTokens.mint("kamtib-plh", Roles.LAPAS_SECURITY, "LAPAS", PELAIHARI);
    private static final String LIAISON = DevTokens.mint("liaison-plh", Roles.LAPAS_LIAISON, "LAPAS", PELAIHARI);
    /** Pelaihari is in Tanah Laut: its notices go to Polres Tanah Laut. */
    private static final String TANAH_LAUT_OFFICER = DevTokens.mint("officer-tla", Roles.POLRES_OFFICER, "POLRES",
            "POLRES-TANAH-LAUT");
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private final LocalDate today = LocalDate.now(WITA);
    private final String month = YearMonth.from(today).toString();

    private boolean seeded;

    /** Seeded once, by the first test (the application is up only once a test runs). */
    private synchronized void aMonthAtPelaihari() {
        if (seeded) {
            return;
        }
        seeded = true;
        Region.facility(PELAIHARI, "Lapas Kelas III Pelaihari", "63.01", "Kabupaten Tanah Laut");
        Region.amuntai();
        Region.barabai();

        UUID notified = Region.admitted(PELAIHARI, "HIGH", "B.I");
        UUID escaped = Region.admitted(PELAIHARI, "LOW", "B.I");
        Region.admitted(PELAIHARI, "LOW", "A.II");
        UUID integrated = Region.admitted(PELAIHARI, "LOW", "B.I");
        UUID released = Region.admitted(PELAIHARI, "LOW", "B.I");

        Feed.releaseDue(notified, today.plusDays(7), 7);
        Feed.awaitApplied(() -> TransferTest.notificationsAbout(notified).size() == 1);
        String notice = "/api/v1/liaison/notifications/" + TransferTest.notificationsAbout(notified).get(0).id;
        act(TANAH_LAUT_OFFICER, notice, "acknowledge", "{\"note\":\"Diterima\"}").then().statusCode(200);

        UUID escapeId = UUID.randomUUID();
        OffsetDateTime escapedAt = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(30);
        Region.event("InmateEscaped", escaped, PELAIHARI, e -> {
            Feed.inmate(e).put("status", "ESCAPED");
            ((ObjectNode) e.get("data")).put("escapeId", escapeId.toString()).put("escapedAt", escapedAt.toString());
        });
        Feed.awaitApplied(() -> TransferTest.notificationsAbout(escaped).size() == 1);
        Region.event("InmateRecaptured", escaped, PELAIHARI, e -> {
            Feed.inmate(e).put("status", "IN_CUSTODY");
            ((ObjectNode) e.get("data")).put("escapeId", escapeId.toString()).put("escapedAt", escapedAt.toString())
                    .put("recapturedAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).toString());
        });
        Feed.awaitApplied(() -> TransferTest.notificationsAbout(escaped).get(0).closedAt != null);

        Region.event("InmateIntegrationStarted", integrated, PELAIHARI, e -> {
            Feed.inmate(e).put("status", "IN_INTEGRATION");
            ((ObjectNode) e.get("data")).put("startsOn", today.toString()).put("kind", "PB");
        });
        Region.event("InmateReleased", released, PELAIHARI, e -> {
            Feed.inmate(e).put("status", "RELEASED");
            ((ObjectNode) e.get("data")).put("releasedOn", today.toString()).put("reason", "END_OF_SENTENCE").putNull("releasePlan");
        });
        Feed.awaitApplied(() -> "RELEASED".equals(Feed.known(released).status) && "IN_INTEGRATION".equals(Feed.known(integrated).status));

        Feed.enrolment("ProgramAttendanceRecorded", notified, e -> {
            ((ObjectNode) e.at("/data/enrolment/programme")).put("facility", PELAIHARI);
            ((ObjectNode) e.at("/data/attendance")).put("sessionId", UUID.randomUUID().toString()).put("sessionDate", today.toString());
        });
        Feed.enrolment("ProgramCompleted", notified, e -> {
            ((ObjectNode) e.at("/data/enrolment/programme")).put("facility", PELAIHARI);
            ((ObjectNode) e.at("/data/completion")).put("completedOn", today.toString());
        });

        String request = TransferTest.submitted(notified);
        act(LIAISON, request, "approve", "{\"accessExpiresAt\":\"" + OffsetDateTime.now(ZoneOffset.UTC).plusDays(5) + "\"}")
                .then().statusCode(200);
        IncidentTest.reported(SECURITY, IncidentTest.report("NARCOTICS", "HIGH", false, notified));
    }

    private Map<String, Long> counts(JsonPath report, String facility) {
        List<Map<String, Object>> figures = report.getList("facilities.find { it.facility == '" + facility + "' }.figures");
        Map<String, Long> counts = new HashMap<>();
        figures.forEach(f -> counts.put((String) f.get("figure"), ((Number) f.get("count")).longValue()));
        return counts;
    }

    @Test
    void aFacilitysMonthIsCountedAndEveryFigureIsTheTotalOfItsList() {
        aMonthAtPelaihari();
        JsonPath report = as(TestTokens.KANWIL_OFFICER).queryParam("month", month).queryParam("facility", PELAIHARI).when()
                .get(REPORT).then().statusCode(200)
                .body("month", equalTo(month)).body("zone", equalTo("Asia/Makassar"))
                .body("facilities.facility", equalTo(List.of(PELAIHARI)))
                .body("facilities[0].name", equalTo("Lapas Kelas III Pelaihari"))
                .body("region", nullValue())
                .extract().jsonPath();
        Map<String, Long> counts = counts(report, PELAIHARI);
        assertThat(counts).containsEntry("population.total", 4L).containsEntry("population.registerClass.B.I", 3L)
                .containsEntry("population.registerClass.A.II", 1L).containsEntry("population.status.IN_CUSTODY", 3L)
                .containsEntry("population.status.IN_INTEGRATION", 1L).containsEntry("admissions", 5L)
                .containsEntry("releases", 1L).containsEntry("integrations.total", 1L).containsEntry("integrations.PB", 1L)
                .containsEntry("integrations.CB", 0L).containsEntry("escapes", 1L).containsEntry("recaptures", 1L)
                .containsEntry("programmes.run", 1L).containsEntry("programmes.completions", 1L)
                .containsEntry("notifications.issued", 2L).containsEntry("notifications.acknowledged", 1L)
                .containsEntry("notifications.minutesToAcknowledge.median", 1L)
                .containsEntry("infoRequests.submitted", 1L).containsEntry("infoRequests.answeredOnTime", 1L)
                .containsEntry("infoRequests.answeredLate", 0L).containsEntry("incidents.total", 1L)
                .containsEntry("incidents.type.NARCOTICS", 1L).containsEntry("reoffended.within12Months", 0L);
        assertThat(report.getFloat("facilities[0].figures.find { it.figure == 'notifications.minutesToAcknowledge.median' }.value"))
                .isLessThan(60);
        assertReproducible(report, TestTokens.KANWIL_OFFICER);
        as(TestTokens.KANWIL_OFFICER).queryParam("on", today.withDayOfMonth(today.lengthOfMonth()).toString())
                .queryParam("facility", PELAIHARI).when().get("/api/v1/liaison/population").then().statusCode(200)
                .body("total", equalTo(4)).body("items.registerClass", hasItems("B.I", "A.II"));
    }

    @Test
    void theRegionHasEveryFacilityAndItsTotalsEachReproducible() {
        aMonthAtPelaihari();
        JsonPath report = as(TestTokens.KANWIL_OFFICER).queryParam("month", month).when().get(REPORT).then().statusCode(200)
                .body("facilities.facility", hasItems(PELAIHARI, TestTokens.FACILITY, TestTokens.OTHER_FACILITY))
                .body("region.facility", equalTo("REGION"))
                .extract().jsonPath();
        assertThat(report.getLong("region.figures.find { it.figure == 'admissions' }.count"))
                .isGreaterThanOrEqualTo(counts(report, PELAIHARI).get("admissions"));
        assertReproducible(report, TestTokens.KANWIL_OFFICER);
        assertReproducible(as(TestTokens.AUDITOR).queryParam("month", month).when().get(REPORT).then().statusCode(200)
                .extract().jsonPath(), TestTokens.AUDITOR);
    }

    @Test
    void theHeadOfAFacilityGetsItsOwnFacilityOnly() {
        aMonthAtPelaihari();
        JsonPath own = as(HEAD).queryParam("month", month).when().get(REPORT).then().statusCode(200)
                .body("facilities.facility", equalTo(List.of(PELAIHARI))).body("region", nullValue()).extract().jsonPath();
        assertThat(counts(own, PELAIHARI)).containsEntry("admissions", 5L);
        assertReproducible(own, HEAD);
        JsonPath barabai = as(TestTokens.OTHER_FACILITY_HEAD).queryParam("month", month).when().get(REPORT).then().statusCode(200)
                .body("facilities.facility", equalTo(List.of(TestTokens.OTHER_FACILITY))).body("region", nullValue())
                .extract().jsonPath();
        assertReproducible(barabai, TestTokens.OTHER_FACILITY_HEAD);
        as(TestTokens.OTHER_FACILITY_HEAD).queryParam("month", month).queryParam("facility", TestTokens.FACILITY).when().get(REPORT)
                .then().statusCode(404).contentType("application/problem+json");
        as(TestTokens.OTHER_FACILITY_AUDITOR).queryParam("month", month).queryParam("facility", PELAIHARI).when().get(REPORT)
                .then().statusCode(404);
        as(TestTokens.OTHER_FACILITY_HEAD).queryParam("on", today.toString()).queryParam("facility", PELAIHARI).when()
                .get("/api/v1/liaison/population").then().statusCode(404);
        as(TestTokens.KANWIL_OFFICER).queryParam("month", month).queryParam("facility", "LAPAS-NOWHERE").when().get(REPORT)
                .then().statusCode(404);
        as(TestTokens.POLRES_HEAD).queryParam("month", month).when().get(REPORT).then().statusCode(403);
        as(TestTokens.LIAISON).queryParam("month", month).when().get(REPORT).then().statusCode(403);
        for (String bad : List.of("2026-13", "November", "")) {
            as(TestTokens.KANWIL_OFFICER).queryParam("month", bad).when().get(REPORT).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        as(TestTokens.KANWIL_OFFICER).when().get(REPORT).then().statusCode(400);
        as(TestTokens.KANWIL_OFFICER).queryParam("on", today.toString()).queryParam("status", "RELEASED").when()
                .get("/api/v1/liaison/population").then().statusCode(400);
    }

    @Test
    void asCsvOneRowPerFacilityAndFigureThenTheRegion() {
        aMonthAtPelaihari();
        int figures = as(TestTokens.KANWIL_OFFICER).queryParam("month", month).when().get(REPORT).then().statusCode(200)
                .extract().jsonPath().getList("facilities.figures.flatten()").size();
        String csv = given().auth().oauth2(TestTokens.KANWIL_OFFICER).accept("text/csv").queryParam("month", month).when()
                .get(REPORT).then().statusCode(200).contentType("text/csv").extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("month,facility,facilityName,figure,value,count,query");
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1)).toList();
        assertThat(rows).allSatisfy(row -> {
            assertThat(row).hasSize(7);
            assertThat(row[0]).isEqualTo(month);
            assertThat(row[6]).startsWith("/api/v1/liaison/");
        });
        long region = rows.stream().filter(row -> row[1].equals("REGION")).count();
        assertThat(region).isPositive();
        assertThat(rows).hasSize(figures + (int) region);
        assertThat(rows.get(rows.size() - 1)[1]).isEqualTo("REGION");
        assertThat(rows).anySatisfy(row -> assertThat(String.join(",", row)).isEqualTo(month + "," + PELAIHARI
                + ",Lapas Kelas III Pelaihari,admissions,5,5,/api/v1/liaison/admissions?admittedFrom=" + YearMonth.from(today).atDay(1)
                + "&admittedTo=" + YearMonth.from(today).atEndOfMonth() + "&facility=" + PELAIHARI));
    }

    /** Every figure's count is the total of the list query it names, read by the same caller. */
    @SuppressWarnings("unchecked")
    private static void assertReproducible(JsonPath report, String token) {
        List<Map<String, Object>> figures = new java.util.ArrayList<>();
        List<Map<String, Object>> facilities = report.getList("facilities");
        facilities.forEach(f -> figures.addAll((List<Map<String, Object>>) f.get("figures")));
        Map<String, Object> region = report.getMap("region");
        if (region != null) {
            figures.addAll((List<Map<String, Object>>) region.get("figures"));
        }
        assertThat(figures).isNotEmpty();
        Map<String, Integer> totals = new HashMap<>();
        for (Map<String, Object> figure : figures) {
            String query = (String) figure.get("query");
            int total = totals.computeIfAbsent(query, q -> as(token).when().get(q).then().statusCode(200).extract().path("total"));
            assertThat((long) total).as(figure.get("figure") + " " + query).isEqualTo(((Number) figure.get("count")).longValue());
        }
    }
}
