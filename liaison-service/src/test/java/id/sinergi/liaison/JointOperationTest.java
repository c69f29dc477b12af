package id.sinergi.liaison;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class JointOperationTest {

    static final String OPERATIONS = "/api/v1/liaison/joint-operations";

    static String plan(String name) {
        return """
                {"name":"%s","plannedFor":"%s","blocks":["A-1","A-2"],
                 "units":["KPLP Lapas Amuntai","Sat Samapta Polres HSU"],
                 "officers":[{"name":"Bripka Andi Saputra","rank":"Bripka","unit":"Sat Samapta Polres HSU"}]}"""
                .formatted(name, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
    }

    static String finding(String block, UUID inmateId, String incidentId) {
        return """
                {"kind":"MOBILE_PHONE","description":"Telepon genggam di balik kloset","quantity":2,"block":"%s",
                 "inmateId":%s,"incidentId":%s}"""
                .formatted(block, inmateId == null ? "null" : "\"" + inmateId + "\"", incidentId == null ? "null" : "\"" + incidentId + "\"");
    }

    @Test
    void anOperationIsConductedItsFindingsLinkedToIncidentsAndDebriefed() {
        UUID inmateId = Feed.admittedHighRisk();
        String name = "Razia " + System.nanoTime();
        String path = OPERATIONS + "/" + as(TestTokens.SECURITY).body(plan(name)).when().post(OPERATIONS).then().statusCode(201)
                .body("state", equalTo("PLANNED"))
                .body("officers[0].rank", equalTo("Bripka"))
                .body("polresUnit", equalTo("POLRES-HSU"))
                .extract().path("id");
        act(TestTokens.SECURITY, path, "findings", finding("A-1", null, null)).then().statusCode(409);
        act(TestTokens.POLRES_OFFICER, path, "conduct", null).then().statusCode(403);
        act(TestTokens.SECURITY, path, "conduct", null).then().statusCode(200).body("state", equalTo("CONDUCTED"))
                .body("conductedBy", equalTo("kamtib-1"));

        String incidentPath = IncidentTest.reported(TestTokens.SECURITY, IncidentTest.report("CONTRABAND_PHONE", "MEDIUM", true, inmateId));
        String incidentId = incidentPath.substring(IncidentTest.INCIDENTS.length() + 1);
        act(TestTokens.SECURITY, path, "findings", finding("B-1", null, null)).then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/block-not-in-operation"));
        act(TestTokens.SECURITY, path, "findings", finding("A-2", UUID.randomUUID(), null)).then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/unknown-inmate"));
        act(TestTokens.SECURITY, path, "findings", finding("A-2", null, UUID.randomUUID().toString())).then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/unknown-incident"));
        act(TestTokens.SECURITY, path, "findings", finding("A-2", inmateId, incidentId)).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("findings[0].incidentId", equalTo(incidentId))
                .body("findings[0].registerNumber", startsWith("B.I-"))
                .body("allowedActions", contains("record-finding", "debrief"));
        as(TestTokens.SECURITY).header("If-Match", "\"1\"").body(finding("A-1", null, null)).when().post(path + "/findings").then()
                .statusCode(412);

        act(TestTokens.SECURITY, path, "debrief", "{\"notes\":\" \"}").then().statusCode(400);
        act(TestTokens.LAPAS_HEAD, path, "debrief", "{\"notes\":\"Dua telepon disita; pengawasan Blok A ditingkatkan\"}").then()
                .statusCode(200).body("state", equalTo("DEBRIEFED")).body("debriefedBy", equalTo("kalapas"));
        act(TestTokens.SECURITY, path, "findings", finding("A-1", null, null)).then().statusCode(409);

        as(TestTokens.POLRES_OFFICER).queryParam("q", "pengawasan " + name.substring(7)).when().get(OPERATIONS).then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].findings.size()", equalTo(1));
        as(TestTokens.OTHER_UNIT_OFFICER).when().get(path).then().statusCode(404);
        as(TestTokens.OTHER_LAPAS_SECURITY).when().get(path).then().statusCode(404);
        as(TestTokens.REGISTRAR).when().get(path).then().statusCode(403);
    }

    @Test
    void aPlannedOperationIsChangedOrCalledOff() {
        String path = OPERATIONS + "/" + as(TestTokens.SECURITY).body(plan("Razia Blok C")).when().post(OPERATIONS).then()
                .statusCode(201).extract().path("id");
        as(TestTokens.SECURITY).header("If-Match", "\"0\"").body(plan("Razia Blok C dan D")).when().put(path).then()
                .statusCode(200).body("name", equalTo("Razia Blok C dan D"));
        act(TestTokens.SECURITY, path, "cancel", null).then().statusCode(422);
        act(TestTokens.SECURITY, path, "cancel", "{\"reason\":\"Cuaca buruk\"}").then().statusCode(200)
                .body("state", equalTo("CANCELLED")).body("reason", equalTo("Cuaca buruk"));
        as(TestTokens.SECURITY).header("If-Match", "\"2\"").body(plan("Razia")).when().put(path).then().statusCode(409);
        as(TestTokens.LIAISON).body(plan("Razia")).when().post(OPERATIONS).then().statusCode(403);
    }
}
