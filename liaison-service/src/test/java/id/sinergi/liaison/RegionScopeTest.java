package id.sinergi.liaison;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 22 point 2: records of Lapas Amuntai are 404 to the staff and the auditor of another facility
 * and absent from their lists, wherever they look; the kanwil-officer and the regional auditor see them
 * (the kanwil-officer in the basic view), and a Polres unit sees its records in every facility.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionScopeTest {

    private static final String BASE = "/api/v1/liaison/";
    private static final List<String> OTHER_FACILITY = List.of(TestTokens.OTHER_LAPAS_LIAISON, TestTokens.OTHER_FACILITY_HEAD,
            TestTokens.OTHER_FACILITY_AUDITOR);

    /** Amuntai's record of each resource, by the collection's path. */
    private final Map<String, String> records = new LinkedHashMap<>();
    private final List<String> amuntaiIds = new ArrayList<>();
    private UUID inmateId;
    private UUID detainee;
    private String text;

    private static String id(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Made once, by the first test (the application is up only once a test runs). */
    private synchronized void amuntaiRecords() {
        if (inmateId != null) {
            return;
        }
        inmateId = Feed.admittedHighRisk();
        text = "Wilayah" + System.nanoTime();
        Feed.releaseDue(inmateId, LocalDate.now().plusDays(30), 30);
        Feed.awaitApplied(() -> !TransferTest.notificationsAbout(inmateId).isEmpty());
        records.put("notifications", BASE + "notifications/" + TransferTest.notificationsAbout(inmateId).get(0).id);
        records.put("info-requests", TransferTest.submitted(inmateId));
        OffsetDateTime now = OffsetDateTime.now();
        records.put("police-loans", BASE + "police-loans/" + as(TestTokens.POLRES_OFFICER).body("""
                {"inmateId":"%s","purpose":"Saksi","caseNumber":"LP/1","letterNumber":"B/2","borrowingUnit":"Satreskrim",
                 "plannedOutAt":"%s","plannedBackAt":"%s","escorts":[{"name":"Andi","rank":"Bripka","nrp":"1"}]}"""
                .formatted(inmateId, now.plusDays(3), now.plusDays(3).plusHours(2)))
                .when().post(BASE + "police-loans").then().statusCode(201).extract().path("id"));
        detainee = UUID.randomUUID();
        Feed.inmateEvent("InmateAdmitted", detainee, e -> Feed.inmate(e).put("registerClass", "A.I")
                .put("detainingAuthority", "Satreskrim Polres Hulu Sungai Utara"));
        Feed.awaitApplied(() -> Feed.known(detainee) != null);
        records.put("detention-requests", BASE + "detention-requests/" + as(TestTokens.POLRES_OFFICER).body("""
                {"inmateId":"%s","kind":"EXTENSION","orderNumber":"B-1","orderDate":"%s","issuedBy":"Kejari HSU","endsOn":"%s"}"""
                .formatted(detainee, LocalDate.now(), LocalDate.now().plusDays(30)))
                .when().post(BASE + "detention-requests").then().statusCode(201).extract().path("id"));
        records.put("incidents", IncidentTest.reported(TestTokens.SECURITY, IncidentTest.report("FIGHT", "HIGH", true, inmateId)
                .replace("Blok A kamar 2", "Blok A kamar 2 " + text)));
        String meeting = MeetingTest.scheduled(TestTokens.LIAISON, "Rakor " + text, 1);
        records.put("meetings", meeting);
        records.put("action-items", BASE + "action-items/" + act(TestTokens.LIAISON, meeting, "record-minutes",
                MeetingTest.minutes(MeetingTest.item("POLRES", LocalDate.now().plusDays(3)))).then().statusCode(200)
                .extract().path("actionItems[0].id"));
        records.put("agreements", AgreementTest.AGREEMENTS + "/" + as(TestTokens.LIAISON).body(AgreementTest.draft(
                        AgreementTest.number(), LocalDate.now(), LocalDate.now().plusYears(1), "POLRES-HSU")
                .replace("PKS pengamanan", "PKS " + text)).when().post(AgreementTest.AGREEMENTS).then().statusCode(201)
                .extract().path("id"));
        records.put("joint-operations", JointOperationTest.OPERATIONS + "/" + as(TestTokens.SECURITY)
                .body(JointOperationTest.plan("Razia " + text)).when().post(JointOperationTest.OPERATIONS).then().statusCode(201)
                .extract().path("id"));
        records.put("other-cases", OtherCaseTest.reported(inmateId, "LP/B/" + text + "/SPKT/Polres HSU"));
        records.values().forEach(path -> amuntaiIds.add(id(path)));
        amuntaiIds.add(inmateId.toString());
        amuntaiIds.add(detainee.toString());
    }

    @Test
    void anAmuntaiRecordIsNotFoundByAnotherFacilityAndSeenAcrossTheRegion() {
        amuntaiRecords();
        records.forEach((collection, path) -> {
            for (String token : OTHER_FACILITY) {
                as(token).when().get(path).then().statusCode(404);
                as(token).queryParam("size", 100).queryParams(narrowing(collection)).when().get(BASE + collection).then()
                        .statusCode(200).body("items.id", not(hasItem(id(path))));
            }
            as(TestTokens.AUDITOR).when().get(path).then().statusCode(200);
            as(TestTokens.FACILITY_AUDITOR).when().get(path).then().statusCode(200);
            as(TestTokens.AUDITOR).queryParam("size", 100).queryParams(narrowing(collection)).when().get(BASE + collection).then()
                    .statusCode(200).body("items.id", hasItem(id(path)));
            // Another case names a WBP as suspect: criminal data beyond the basic view, not the Kanwil's to read.
            as(TestTokens.KANWIL_OFFICER).when().get(path).then().statusCode(collection.equals("other-cases") ? 403 : 200);
        });
        as(TestTokens.KANWIL_OFFICER).when().get(records.get("info-requests")).then().statusCode(200)
                .body("purpose", nullValue()).body("legalBasis", nullValue());
        as(TestTokens.KANWIL_OFFICER).when().get(records.get("police-loans")).then().statusCode(200)
                .body("purpose", nullValue()).body("caseNumber", nullValue());
        as(TestTokens.KANWIL_OFFICER).when().get(records.get("notifications")).then().statusCode(200)
                .body("summary.inmate.registerNumber", equalTo(Feed.known(inmateId).registerNumber))
                .body("summary.programmesCompleted", empty()).body("offenceCategories", nullValue());
        as(TestTokens.KANWIL_OFFICER).queryParam("inmateId", inmateId.toString()).when().get(BASE + "notifications").then()
                .statusCode(200).body("items.id", hasItem(id(records.get("notifications"))));
        // The Kanwil reads; it never acts.
        act(TestTokens.KANWIL_OFFICER, records.get("info-requests"), "reject", "{\"reason\":\"x\"}").then().statusCode(403);
        as(TestTokens.ADMIN).when().get(records.get("notifications")).then().statusCode(403);
    }

    /**
     * The access log and the audit trail are held to the facility as the records are: the read of an
     * Amuntai WBP's summary, and the changes of Amuntai's records with a WBP (a notification) or without
     * one (a meeting, an agreement), are Amuntai's and the region's, never another facility's.
     */
    @Test
    void theLogsOfAmuntaiRecordsAreAmuntaisAndTheRegions() {
        amuntaiRecords();
        String inmate = inmateId.toString();
        as(TestTokens.LIAISON).header("X-Purpose", "Koordinasi pembebasan").when().get(records.get("notifications")).then()
                .statusCode(200);
        List<Map<String, String>> changes = List.of(Map.of("inmateId", inmate),
                Map.of("entityType", "Notification", "entityId", id(records.get("notifications"))),
                Map.of("entityType", "Meeting", "entityId", id(records.get("meetings"))),
                Map.of("entityType", "Agreement", "entityId", id(records.get("agreements"))));

        for (String token : List.of(TestTokens.HEAD, TestTokens.FACILITY_AUDITOR, TestTokens.AUDITOR)) {
            as(token).queryParam("inmateId", inmate).when().get(BASE + "access-log").then().statusCode(200)
                    .body("items.inmateId", hasItem(inmate));
        }
        for (String token : List.of(TestTokens.FACILITY_AUDITOR, TestTokens.AUDITOR)) {
            for (Map<String, String> filter : changes) {
                as(token).queryParams(filter).when().get(BASE + "audit").then().statusCode(200).body("total", greaterThan(0));
            }
        }
        for (String token : List.of(TestTokens.OTHER_FACILITY_HEAD, TestTokens.OTHER_FACILITY_AUDITOR)) {
            as(token).queryParam("inmateId", inmate).when().get(BASE + "access-log").then().statusCode(200).body("total", equalTo(0));
            as(token).queryParam("size", 100).when().get(BASE + "access-log").then().statusCode(200)
                    .body("items.inmateId", not(hasItem(inmate)));
        }
        for (Map<String, String> filter : changes) {
            as(TestTokens.OTHER_FACILITY_AUDITOR).queryParams(filter).when().get(BASE + "audit").then().statusCode(200)
                    .body("total", equalTo(0));
        }
        as(TestTokens.OTHER_FACILITY_AUDITOR).queryParam("size", 100).when().get(BASE + "audit").then().statusCode(200)
                .body("items.inmateId", not(hasItem(inmate))).body("items.entityId", not(hasItem(id(records.get("meetings")))));
    }

    @Test
    void aPolresUnitSeesItsRecordsInTwoFacilities() {
        amuntaiRecords();
        UUID barabai = Region.admitted(TestTokens.OTHER_FACILITY, "MEDIUM", "B.I");
        String there = TransferTest.submitted(barabai);
        String here = records.get("info-requests");
        for (String path : List.of(here, there)) {
            as(TestTokens.POLRES_OFFICER).when().get(path).then().statusCode(200);
            as(TestTokens.OTHER_UNIT_OFFICER).when().get(path).then().statusCode(404);
        }
        as(TestTokens.POLRES_OFFICER).queryParam("size", 100).queryParam("facility", TestTokens.OTHER_FACILITY).when()
                .get(BASE + "info-requests").then().statusCode(200).body("items.id", hasItem(id(there)))
                .body("items.id", not(hasItem(id(here))));
        as(TestTokens.OTHER_LAPAS_LIAISON).when().get(there).then().statusCode(200);
        as(TestTokens.LIAISON).when().get(there).then().statusCode(404);
        as(TestTokens.LIAISON).queryParam("facility", TestTokens.OTHER_FACILITY).when().get(BASE + "info-requests").then()
                .statusCode(404);
    }

    /**
     * Every GET of liaison-service, as the head of another facility, for Amuntai's records: 404 (or 403 where
     * the role never reads), or an answer that names none of them.
     */
    @Test
    void everyReadOfTheServiceAsAnotherFacilitysHeadShowsNoneOfAmuntai() {
        amuntaiRecords();
        JsonPath openApi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        int walked = 0;
        for (var entry : paths.entrySet()) {
            String path = entry.getKey();
            if (!entry.getValue().containsKey("get")) {
                continue;
            }
            String collection = path.substring(BASE.length()).split("/")[0];
            String concrete = path.replace("{code}", "POLRES-HSU")
                    .replace("{id}", records.containsKey(collection) ? id(records.get(collection)) : UUID.randomUUID().toString());
            Map<String, Object> required = switch (path.substring(BASE.length())) {
                case "reports/monthly" -> Map.of("month", YearMonth.now().toString());
                case "population" -> Map.of("on", LocalDate.now().toString());
                case "indicators" -> Map.of("from", YearMonth.now().toString(), "to", YearMonth.now().toString());
                default -> Map.of();
            };
            Response answer = as(TestTokens.OTHER_FACILITY_HEAD).queryParams(required).queryParam("size", 100).when().get(concrete);
            assertThat(answer.statusCode()).as(concrete).isIn(200, 403, 404);
            // A problem names the path it was asked for; nothing else of Amuntai may show.
            String body = answer.asString();
            if (answer.statusCode() != 200) {
                for (String segment : concrete.split("/")) {
                    body = body.replace(segment, "");
                }
            }
            for (String amuntai : amuntaiIds) {
                assertThat(body).as(concrete).doesNotContain(amuntai);
            }
            walked++;
        }
        assertThat(walked).isGreaterThan(30);
    }

    /** A filter that keeps the list short and still holds the record, where the list has one. */
    private Map<String, Object> narrowing(String collection) {
        return switch (collection) {
            case "notifications", "info-requests", "police-loans", "incidents", "other-cases" -> Map.of("inmateId", inmateId.toString());
            case "detention-requests" -> Map.of("inmateId", detainee.toString());
            case "action-items" -> Map.of("meetingId", id(records.get("meetings")));
            case "meetings", "joint-operations", "agreements" -> Map.of("q", text);
            default -> Map.of();
        };
    }

}
