package id.sinergi.liaison;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.liaison.domain.Release;
import id.sinergi.liaison.domain.Reoffence;
import id.sinergi.local.AsyncApiExamples;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sinergi.liaison.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/**
 * Issue 21 point 4: releases, re-arrests (contract 8) and readmissions (contract 7) counted per month
 * in windows of 6, 12 and 24 months, by group, each figure reproduced by the list it names. The
 * releases are in March 2011, a month no other test uses, so the counts are exact.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class IndicatorsTest {

    private static final String INDICATORS = "/api/v1/liaison/indicators";
    private static final String RELEASES = "/api/v1/liaison/releases";

    private static Release release(UUID inmateId) {
        return QuarkusTransaction.requiringNew().call(() -> Release.findById(inmateId));
    }

    private static long reoffences(UUID releaseInmateId) {
        return QuarkusTransaction.requiringNew().call(() -> Reoffence.count("releaseInmateId", releaseInmateId));
    }

    private static void released(UUID inmateId, String releasedOn) {
        Feed.inmateEvent("InmateReleased", inmateId, e -> ((ObjectNode) e.get("data")).put("releasedOn", releasedOn)
                .put("reason", "END_OF_SENTENCE").putNull("releasePlan"));
        Feed.awaitApplied(() -> release(inmateId) != null);
    }

    /** {@code inmate.re-arrested} exactly as contract 8 shapes its data, in an inmate event's envelope. */
    private static UUID reArrested(UUID inmateId, String releasedOn, String arrestedOn) {
        return reArrested(UUID.randomUUID(), inmateId, releasedOn, arrestedOn);
    }

    private static UUID reArrested(UUID reArrestId, UUID inmateId, String releasedOn, String arrestedOn) {
        ObjectNode event = AsyncApiExamples.example(Feed.INMATE_EVENTS, "InmateReleased", "inmate.inmateId", inmateId);
        event.put("type", "id.sinergi.inmate.re-arrested").put("subject", reArrestId.toString());
        ObjectNode data = event.putObject("data");
        data.put("reArrestId", reArrestId.toString()).put("personId", UUID.randomUUID().toString())
                .put("inmateId", inmateId.toString()).put("registerNumber", "B.I-0901/2010").put("releasedOn", releasedOn)
                .put("arrestedOn", arrestedOn).put("policeReportNumber", "LP/B/77/XI/2011/SPKT/POLRES TABALONG")
                .put("article", "Pasal 363 KUHP").put("polresUnit", "POLRES-TABALONG").put("recordedBy", "officer-tbl")
                .put("recordedAt", arrestedOn + "T03:00:00Z");
        Feed.send(Feed.INMATE_TOPIC, inmateId, event); // keyed by the stay: in order with its other events
        return reArrestId;
    }

    @Test
    void aReArrestEightMonthsAfterReleaseCountsIn12And24MonthsNot6UnderItsProgrammeAndRisk() {
        UUID graduate = Feed.admitted("MEDIUM", "B.I", "PROPERTY_CRIME");
        Feed.enrolment("ProgramCompleted", graduate, e -> ((ObjectNode) e.at("/data/enrolment/programme"))
                .put("category", "LEGAL_AWARENESS"));
        released(graduate, "2011-03-10");
        assertThat(release(graduate).programmeCategories).containsExactly("LEGAL_AWARENESS");
        assertThat(release(graduate).riskLevel).isEqualTo("MEDIUM");
        UUID reArrest = reArrested(graduate, "2011-03-10", "2011-11-15");
        Feed.awaitApplied(() -> reoffences(graduate) == 1);
        reArrested(graduate, "2011-03-10", "2011-11-15"); // another arrest the same day, by its own id: counted once per release
        Feed.awaitApplied(() -> reoffences(graduate) == 2);

        // A second person, no programme, HIGH risk, readmitted 26 months after release: in no window.
        UUID other = Feed.admitted("HIGH", "B.I", "NARCOTICS");
        released(other, "2011-03-20");
        UUID newStay = UUID.randomUUID();
        Feed.inmateEvent("InmateAdmitted", newStay, e -> {
            ((ObjectNode) e.get("data")).put("admittedOn", "2013-05-21").putObject("previousStay")
                    .put("inmateId", other.toString()).put("registerNumber", "B.I-0902/2010").put("releasedOn", "2011-03-20");
            Feed.inmate(e).put("registerNumber", "B.I-" + newStay.toString().substring(0, 4) + "/2013");
        });
        Feed.awaitApplied(() -> reoffences(other) == 1);

        JsonPath byCategory = as(TestTokens.AUDITOR).queryParam("from", "2011-03").queryParam("to", "2011-03")
                .queryParam("groupBy", "programme-category").when().get(INDICATORS).then().statusCode(200)
                .body("groupBy", equalTo("programme-category"))
                .body("months[0].month", equalTo("2011-03"))
                .body("months[0].releases.released.count", equalTo(2))
                .body("months[0].releases.reoffended.find { it.withinMonths == 6 }.count", equalTo(0))
                .body("months[0].releases.reoffended.find { it.withinMonths == 12 }.count", equalTo(1))
                .body("months[0].releases.reoffended.find { it.withinMonths == 24 }.count", equalTo(1))
                .body("months[0].groups.find { it.group == 'LEGAL_AWARENESS' }.releases.released.count", equalTo(1))
                .body("months[0].groups.find { it.group == 'LEGAL_AWARENESS' }.releases.reoffended.count", equalTo(List.of(0, 1, 1)))
                .body("months[0].groups.find { it.group == 'NONE' }.releases.released.count", equalTo(1))
                .body("months[0].groups.find { it.group == 'NONE' }.releases.reoffended.count", equalTo(List.of(0, 0, 0)))
                .extract().jsonPath();
        assertReproducible(byCategory, TestTokens.AUDITOR);

        JsonPath byRisk = as(TestTokens.LAPAS_HEAD).queryParam("from", "2011-02").queryParam("to", "2011-04")
                .queryParam("groupBy", "risk-level").when().get(INDICATORS).then().statusCode(200)
                .body("months.month", equalTo(List.of("2011-02", "2011-03", "2011-04")))
                .body("months[1].groups.find { it.group == 'MEDIUM' }.releases.reoffended.count", equalTo(List.of(0, 1, 1)))
                .body("months[1].groups.find { it.group == 'HIGH' }.releases.released.count", equalTo(1))
                .body("months[1].groups.find { it.group == 'HIGH' }.releases.reoffended.count", equalTo(List.of(0, 0, 0)))
                .extract().jsonPath();
        assertReproducible(byRisk, TestTokens.LAPAS_HEAD);
        for (String groupBy : List.of("programme-completed", "offence-category")) {
            assertReproducible(as(TestTokens.AUDITOR).queryParam("from", "2011-03").queryParam("to", "2011-03")
                    .queryParam("groupBy", groupBy).when().get(INDICATORS).then().statusCode(200).extract().jsonPath(),
                    TestTokens.AUDITOR);
        }

        as(TestTokens.AUDITOR).queryParam("releasedFrom", "2011-03-01").queryParam("releasedTo", "2011-03-31")
                .queryParam("reoffendedWithinMonths", "12").when().get(RELEASES).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].inmateId", equalTo(graduate.toString()))
                .body("items[0].programmeCompleted", equalTo(true))
                .body("items[0].reoffences[0].kind", equalTo("RE_ARREST"))
                .body("items[0].reoffences[0].monthsAfterRelease", equalTo(8))
                .body(not(containsString("fullName")));
        assertThat(reArrest).isNotNull();
    }

    /** Every figure in the answer is the total of the query it names. */
    private static void assertReproducible(JsonPath indicators, String token) {
        List<Map<String, Object>> figures = new ArrayList<>();
        List<Map<String, Object>> months = indicators.getList("months");
        for (Map<String, Object> month : months) {
            figures.add(cast(month.get("incidents")));
            List<Map<String, Object>> cells = cast(month.get("incidentsByTypeAndSeverity"));
            figures.addAll(cells);
            cohort(cast(month.get("releases")), figures);
            List<Map<String, Object>> groups = cast(month.get("groups"));
            groups.forEach(group -> cohort(cast(group.get("releases")), figures));
        }
        assertThat(figures).isNotEmpty();
        for (Map<String, Object> figure : figures) {
            int total = as(token).when().get((String) figure.get("query")).then().statusCode(200)
                    .extract().path("total");
            assertThat((long) total).as(figure.get("query").toString()).isEqualTo(((Number) figure.get("count")).longValue());
        }
    }

    private static void cohort(Map<String, Object> cohort, List<Map<String, Object>> figures) {
        figures.add(cast(cohort.get("released")));
        List<Map<String, Object>> windows = cast(cohort.get("reoffended"));
        figures.addAll(windows);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    @Test
    void incidentsAreCountedByTypeAndSeverityInTheMonthTheyOccurred() {
        UUID suspect = Feed.admittedHighRisk();
        IncidentTest.reported(TestTokens.SECURITY, IncidentTest.report("NARCOTICS", "HIGH", false, suspect)
                .replaceFirst("\"occurredAt\":\"[^\"]+\"", "\"occurredAt\":\"2010-01-15T03:00:00Z\""));
        JsonPath january = as(TestTokens.LAPAS_HEAD).queryParam("from", "2010-01").queryParam("to", "2010-01").when()
                .get(INDICATORS).then().statusCode(200)
                .body("months[0].incidents.count", equalTo(1))
                .body("months[0].incidentsByTypeAndSeverity[0].type", equalTo("NARCOTICS"))
                .body("months[0].incidentsByTypeAndSeverity[0].severity", equalTo("HIGH"))
                .body("months[0].incidentsByTypeAndSeverity[0].count", equalTo(1))
                .body("months[0].groups.size()", equalTo(0))
                .extract().jsonPath();
        assertReproducible(january, TestTokens.LAPAS_HEAD);
        // Not shared with Polres: Polres counts none of it.
        as(TestTokens.POLRES_HEAD).queryParam("from", "2010-01").queryParam("to", "2010-01").when().get(INDICATORS).then()
                .statusCode(200).body("months[0].incidents.count", equalTo(0));
    }

    @Test
    void aReArrestDeliveredTwiceOrRepublishedIsRecordedOnce() {
        UUID inmateId = Feed.admitted("LOW", "B.I", "PROPERTY_CRIME");
        released(inmateId, "2010-06-01");
        UUID reArrestId = reArrested(inmateId, "2010-06-01", "2010-09-02");
        Feed.awaitApplied(() -> reoffences(inmateId) == 1);
        reArrested(reArrestId, inmateId, "2010-06-01", "2010-09-02"); // the same re-arrest under a new event id
        UUID other = reArrested(inmateId, "2010-06-01", "2010-10-02");
        Feed.awaitApplied(() -> reoffences(inmateId) == 2);
        released(inmateId, "2010-06-01");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Reoffence.count("kind = ?1 and sourceId = ?2",
                Reoffence.Kind.RE_ARREST, reArrestId))).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Release.count("inmateId", inmateId))).isEqualTo(1);
        assertThat(other).isNotEqualTo(reArrestId);
        as(TestTokens.AUDITOR).queryParam("releasedFrom", "2010-06-01").queryParam("releasedTo", "2010-06-01")
                .queryParam("reoffendedWithinMonths", "6").when().get(RELEASES).then().statusCode(200)
                .body("items.find { it.inmateId == '%s' }.reoffences.size()".formatted(inmateId), equalTo(2))
                .body("items.find { it.inmateId == '%s' }.reoffences[0].monthsAfterRelease".formatted(inmateId), equalTo(3));
    }

    @Test
    void badMonthsGroupingsAndWindowsAreRefusedAs400Problems() {
        for (Map<String, String> params : List.of(Map.of("from", "2011-03", "to", "2011-03", "groupBy", "prison"),
                Map.of("from", "2011-13", "to", "2011-03"), Map.of("to", "2011-03"),
                Map.of("from", "2011-04", "to", "2011-03"), Map.of("from", "2011-01", "to", "2014-01"),
                Map.of("from", "March", "to", "2011-03"))) {
            as(TestTokens.AUDITOR).queryParams(params).when().get(INDICATORS).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        as(TestTokens.AUDITOR).queryParam("reoffendedWithinMonths", "7").when().get(RELEASES).then().statusCode(400)
                .contentType("application/problem+json");
        as(TestTokens.AUDITOR).queryParam("riskLevel", "EXTREME").when().get(RELEASES).then().statusCode(400);
        as(TestTokens.SECURITY).queryParam("from", "2011-03").queryParam("to", "2011-03").when().get(INDICATORS).then()
                .statusCode(403);
        as(TestTokens.POLRES_HEAD).queryParam("from", "2011-03").queryParam("to", "2011-03").when().get(INDICATORS).then()
                .statusCode(200);
    }
}
