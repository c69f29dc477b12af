package id.sinergi.inmate;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.RecordedEvents;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static id.sinergi.inmate.Register.randomNik;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

/** Issue 21 point 5: release plans, in the record and in the events of the release; readmissions name the previous stay. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class ReleasePlanTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String PLAN = """
            {"address":"Jl. Negara No. 5","village":"Mabuun","district":"Murung Pudak","regencyCode":"63.09",
             "regencyName":"Tabalong","receivedBy":{"name":"Rahmah","relationship":"Kakak kandung","phone":"+6281111111111"},
             "bapas":"Bapas Kelas II Barabai"}""";

    @Test
    void theRegistryRecordsThePlanWhichTravelsInTheEventsOfTheRelease() {
        String id = admitted(convict("Planned Release"));
        String etag = Register.etag(id);
        String planned = as(TestTokens.REGISTRAR).header("If-Match", etag).body(PLAN).when()
                .put("/api/v1/inmates/" + id + "/release-plan").then().statusCode(200)
                .body("regencyCode", equalTo("63.09")).body("receivedBy.relationship", equalTo("Kakak kandung"))
                .body("plannedBy", equalTo("registrar-1")).extract().header("ETag");
        assertThat(planned).isNotEqualTo(etag);
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id + "/release-plan").then().statusCode(200)
                .header("ETag", planned).body("village", equalTo("Mabuun"));
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id).then().body("releasePlan.regencyName", equalTo("Tabalong"));
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/" + id).then().body("view", equalTo("BASIC"))
                .body("$", not(hasKey("releasePlan")));
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/" + id + "/release-plan").then().statusCode(404).contentType(PROBLEM);

        List<JsonNode> events = RecordedEvents.events(id, "inmate.release-planned");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).at("/releasePlan/regencyCode").asText()).isEqualTo("63.09");
        assertThat(events.get(0).at("/releasePlan/receivedBy/name").asText()).isEqualTo("Rahmah");
        assertThat(events.get(0).at("/releasePlan/bapas").asText()).isEqualTo("Bapas Kelas II Barabai");
        assertThat(events.get(0).at("/inmate/version").asLong()).isEqualTo(Long.parseLong(planned.replace("\"", "")));

        Register.act(TestTokens.REGISTRAR, id, "release", "{\"reason\":\"END_OF_SENTENCE\",\"releasedOn\":\"" + LocalDate.now() + "\"}")
                .statusCode(200);
        assertThat(RecordedEvents.events(id, "inmate.released").get(0).at("/releasePlan/regencyCode").asText()).isEqualTo("63.09");
        // Released: no longer the facility's to plan for.
        as(TestTokens.REGISTRAR).header("If-Match", Register.etag(id)).body(PLAN).when()
                .put("/api/v1/inmates/" + id + "/release-plan").then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void aReleaseWithoutAPlanCarriesNone() {
        String id = admitted(convict("Unplanned Release"));
        Register.act(TestTokens.REGISTRAR, id, "release", "{\"reason\":\"END_OF_SENTENCE\",\"releasedOn\":\"" + LocalDate.now() + "\"}")
                .statusCode(200);
        JsonNode released = RecordedEvents.events(id, "inmate.released").get(0);
        assertThat(released.has("releasePlan")).isTrue();
        assertThat(released.get("releasePlan").isNull()).isTrue();
    }

    @Test
    void aPlanIsRefusedWithoutIfMatchStaleInvalidOrByOtherRoles() {
        String id = admitted(convict("Refused Plan"));
        String path = "/api/v1/inmates/" + id + "/release-plan";
        as(TestTokens.REGISTRAR).body(PLAN).when().put(path).then().statusCode(428).contentType(PROBLEM);
        as(TestTokens.REGISTRAR).header("If-Match", "\"99\"").body(PLAN).when().put(path).then().statusCode(412);
        as(TestTokens.REGISTRAR).header("If-Match", Register.etag(id)).body(PLAN.replace("63.09", "6309")).when().put(path)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("regencyCode"));
        for (String token : List.of(TestTokens.SECURITY, TestTokens.POLRES_OFFICER, TestTokens.AUDITOR)) {
            as(token).header("If-Match", Register.etag(id)).body(PLAN).when().put(path).then().statusCode(403).contentType(PROBLEM);
        }
        as(TestTokens.REGISTRAR).when().get(path).then().statusCode(404).contentType(PROBLEM);
        assertThat(RecordedEvents.events(id, "inmate.release-planned")).isEmpty();
    }

    @Test
    void aReadmissionNamesThePreviousStayAFirstStayNone() {
        String nik = randomNik();
        String first = admitted(convict("Twice Admitted", nik, "2026-01-15", 5, 6));
        assertThat(RecordedEvents.events(first, "inmate.admitted").get(0).get("previousStay").isNull()).isTrue();
        String releasedOn = LocalDate.now().toString();
        Register.act(TestTokens.REGISTRAR, first, "release", "{\"reason\":\"END_OF_SENTENCE\",\"releasedOn\":\"" + releasedOn + "\"}")
                .statusCode(200);
        String registerNumber = as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + first).then().extract().path("registerNumber");
        String second = admitted(convict("Twice Admitted", nik, "2026-01-15", 5, 6));
        JsonNode previous = RecordedEvents.events(second, "inmate.admitted").get(0).get("previousStay");
        assertThat(previous.get("inmateId").asText()).isEqualTo(first);
        assertThat(previous.get("registerNumber").asText()).isEqualTo(registerNumber);
        assertThat(previous.get("releasedOn").asText()).isEqualTo(releasedOn);
    }
}
