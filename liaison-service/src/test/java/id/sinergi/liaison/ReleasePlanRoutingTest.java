package id.sinergi.liaison;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.local.DevTokens;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 21 point 5: the Polres directory, and release notices routed by the release plan's regency
 * (inmate events built per the contracts: {@code inmate.release-planned}, {@code releasePlan} in
 * release-due and released).
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class ReleasePlanRoutingTest {

    private static final String NOTIFICATIONS = "/api/v1/liaison/notifications";
    static final String TABALONG_OFFICER = DevTokens.mint("officer-tbl", Roles.POLRES_OFFICER, "POLRES", "POLRES-TABALONG");

    static ObjectNode plan(ObjectNode data, String regencyCode, String regencyName) {
        ObjectNode plan = data.putObject("releasePlan");
        plan.put("address", "Jl. Tanjung Raya No. 12").put("village", "Tanjung").put("district", "Tanjung")
                .put("regencyCode", regencyCode).put("regencyName", regencyName).put("bapas", "Bapas Barabai")
                .put("plannedBy", "registrar-1").put("plannedAt", "2026-11-20T02:00:00Z");
        plan.putObject("receivedBy").put("name", "Siti Aminah").put("relationship", "ibu").put("phone", "081234567890");
        return plan;
    }

    /** {@code inmate.release-planned}: the release-due example's envelope and snapshot, with the plan as data. */
    static void releasePlanned(UUID inmateId, String regencyCode, String regencyName) {
        Feed.inmateEvent("InmateReleaseDue", inmateId, e -> {
            e.put("type", "id.sinergi.inmate.release-planned");
            ObjectNode data = (ObjectNode) e.get("data");
            data.remove("releaseOn");
            data.remove("daysBefore");
            plan(data, regencyCode, regencyName);
        });
    }

    private static List<Notification> notificationsOf(UUID inmateId) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.list("inmateId = ?1 order by issuedAt", inmateId));
    }

    private static Notification awaitNotice(UUID inmateId) {
        Feed.awaitApplied(() -> !notificationsOf(inmateId).isEmpty());
        return notificationsOf(inmateId).get(0);
    }

    @Test
    void theDirectoryListsEachPolresOfKalselWithItsRegencies() {
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/liaison/polres-units").then().statusCode(200)
                .body("find { it.code == 'POLRES-HSU' }.regencies[0].code", equalTo("63.08"))
                .body("find { it.code == 'POLRES-TABALONG' }.regencies[0].code", equalTo("63.09"))
                .body("find { it.code == 'POLRES-BALANGAN' }.regencies[0].name", equalTo("Kabupaten Balangan"))
                // The 13 seeded by migration V13; sinergi-admin's tests add units of regencies 9x.xx.
                .body("findAll { it.regencies[0].code.startsWith('63.') }.size()", equalTo(13));
        as(TestTokens.REGISTRAR).when().get("/api/v1/liaison/polres-units").then().statusCode(200);
        io.restassured.RestAssured.given().when().get("/api/v1/liaison/polres-units").then().statusCode(401);
    }

    @Test
    void aReleaseToTabalongNotifiesPolresTabalongAndNotHsu() {
        UUID inmateId = Feed.admittedHighRisk();
        releasePlanned(inmateId, "63.09", "Kabupaten Tabalong");
        Feed.releaseDue(inmateId, LocalDate.now().plusDays(7), 7);
        Notification notice = awaitNotice(inmateId);
        assertThat(notice.recipient).isEqualTo("POLRES-TABALONG");
        assertThat(notice.routing).isEqualTo(Notification.Routing.REGENCY_UNIT);

        String path = NOTIFICATIONS + "/" + notice.id;
        as(TestTokens.POLRES_OFFICER).when().get(path).then().statusCode(404);
        as(TestTokens.POLRES_OFFICER).queryParam("inmateId", inmateId.toString()).when().get(NOTIFICATIONS).then()
                .statusCode(200).body("total", equalTo(0));
        as(TABALONG_OFFICER).header("X-Purpose", "Pengawasan pasca bebas").when().get(path).then().statusCode(200)
                .body("routing", equalTo("REGENCY_UNIT"))
                .body("summary.releasePlan.regencyCode", equalTo("63.09"))
                .body("summary.releasePlan.receivedBy.relationship", equalTo("ibu"))
                .body("summary.releasePlan.bapas", equalTo("Bapas Barabai"));
        act(TABALONG_OFFICER, path, "acknowledge", "{\"note\":\"Diterima Satbinmas Tabalong\"}").then().statusCode(200)
                .body("acknowledgedUnit", equalTo("POLRES-TABALONG"));
        // The summary is personal data beyond the basic view: each read of it is logged, in a list too.
        as(TABALONG_OFFICER).queryParam("inmateId", inmateId.toString()).when().get(NOTIFICATIONS).then().statusCode(200)
                .body("total", equalTo(1));
        as(TestTokens.AUDITOR).queryParam("inmateId", inmateId.toString()).queryParam("record", "REINTEGRATION_SUMMARY").when()
                .get("/api/v1/liaison/access-log").then().statusCode(200)
                // The read with its purpose, the acknowledgement's read of the ETag and the list.
                .body("total", equalTo(3)).body("items[2].purpose", equalTo("Pengawasan pasca bebas"))
                .body("items.unit", everyItem(equalTo("POLRES-TABALONG"))).body("items[0].purpose", nullValue());
        as(TestTokens.AUDITOR).queryParam("record", "RECORD").when().get("/api/v1/liaison/access-log").then().statusCode(400);
    }

    @Test
    void theReleasedEventsOwnPlanRoutesTheNoticeOnRelease() {
        UUID inmateId = Feed.admittedHighRisk();
        Feed.inmateEvent("InmateReleased", inmateId, e -> {
            ((ObjectNode) e.get("data")).put("releasedOn", LocalDate.now().toString());
            plan((ObjectNode) e.get("data"), "63.11", "Kabupaten Balangan");
        });
        Notification notice = awaitNotice(inmateId);
        assertThat(notice.recipient).isEqualTo(TestTokens.OTHER_POLRES_UNIT);
        as(TestTokens.OTHER_UNIT_OFFICER).when().get(NOTIFICATIONS + "/" + notice.id).then().statusCode(200)
                .body("summary.releasePlan.regencyCode", equalTo("63.11"));
    }

    /** Without a plan: the unit covering the regency of the WBP's facility (Amuntai, in Hulu Sungai Utara). */
    @Test
    void withoutAPlanTheFacilitysUnitIsNotifiedAndTold() {
        Region.amuntai();
        UUID inmateId = Feed.admittedHighRisk();
        Feed.releaseDue(inmateId, LocalDate.now().plusDays(30), 30);
        Notification notice = awaitNotice(inmateId);
        assertThat(notice.recipient).isEqualTo(TestTokens.POLRES_UNIT);
        as(TestTokens.POLRES_OFFICER).when().get(NOTIFICATIONS + "/" + notice.id).then().statusCode(200)
                .body("routing", equalTo("FACILITY_UNIT_NO_PLAN")).body("summary.releasePlan", nullValue());
    }

    @Test
    void aRegencyNoUnitCoversGoesToTheFacilitysUnitSayingWhy() {
        Region.amuntai();
        UUID inmateId = Feed.admittedHighRisk();
        Feed.inmateEvent("InmateReleaseDue", inmateId, e -> {
            ((ObjectNode) e.get("data")).put("releaseOn", LocalDate.now().plusDays(1).toString()).put("daysBefore", 1);
            plan((ObjectNode) e.get("data"), "64.01", "Kabupaten Paser");
        });
        Notification notice = awaitNotice(inmateId);
        assertThat(notice.recipient).isEqualTo(TestTokens.POLRES_UNIT);
        assertThat(notice.routing).isEqualTo(Notification.Routing.FACILITY_UNIT_NO_UNIT_FOR_REGENCY);
        as(TestTokens.POLRES_OFFICER).queryParam("inmateId", inmateId.toString()).when().get(NOTIFICATIONS).then()
                .statusCode(200).body("items.routing", hasItem("FACILITY_UNIT_NO_UNIT_FOR_REGENCY"))
                .body("items[0].summary.releasePlan.regencyCode", equalTo("64.01"));
    }
}
