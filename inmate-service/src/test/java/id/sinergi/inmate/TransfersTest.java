package id.sinergi.inmate;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.inmate.service.NoticeJob;
import id.sinergi.local.DevTokens;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.testing.RecordedEvents;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static id.sinergi.inmate.Register.detainee;
import static id.sinergi.inmate.Register.randomNik;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 22: admissions into the caller's facility, register numbers per facility, and transfers within
 * the region (in transit, then the receiving facility's arrival) beside those out of it.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class TransfersTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String BANJARMASIN_REGISTRAR = DevTokens.mint("registrar-bjm", Roles.LAPAS_REGISTRAR, "LAPAS",
            "LAPAS-BANJARMASIN");

    @Inject
    NoticeJob notices;

    private static String admittedBy(String token, String body) {
        return as(token).body(body).when().post("/api/v1/inmates").then().statusCode(201).extract().path("id");
    }

    private static JsonPath read(String token, String id) {
        return as(token).when().get("/api/v1/inmates/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static String etag(String token, String id) {
        return as(token).when().get("/api/v1/inmates/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static io.restassured.response.ValidatableResponse arrival(String token, String id, String ifMatch, String body) {
        var request = as(token).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/v1/inmates/" + id + "/arrival").then();
    }

    private static String withFacility(String admission, String facility) {
        return admission.replaceFirst("\\{", "{\"facility\":\"" + facility + "\",");
    }

    @Test
    void aFacilityAdmitsIntoItsOwnRegister() {
        String amuntai = admittedBy(TestTokens.REGISTRAR, withFacility(convict("Own Facility"), "LAPAS-AMUNTAI"));
        assertThat(read(TestTokens.REGISTRAR, amuntai).getString("facility")).isEqualTo("LAPAS-AMUNTAI");
        String barabai = admittedBy(TestTokens.OTHER_FACILITY_REGISTRAR, convict("Admitted At Barabai"));
        assertThat(read(TestTokens.OTHER_FACILITY_REGISTRAR, barabai).getString("facility")).isEqualTo("LAPAS-BARABAI");

        as(TestTokens.REGISTRAR).body(withFacility(convict("Someone Else's"), "LAPAS-BARABAI")).when().post("/api/v1/inmates")
                .then().statusCode(422).contentType(PROBLEM).body("type", endsWith("/other-facility")).body("field", equalTo("facility"));
        String nowhere = DevTokens.mint("registrar-x", Roles.LAPAS_REGISTRAR, "LAPAS", "LAPAS-NOWHERE");
        as(nowhere).body(convict("Nowhere")).when().post("/api/v1/inmates")
                .then().statusCode(422).contentType(PROBLEM).body("type", endsWith("/unknown-facility"));
    }

    @Test
    void eachFacilityNumbersItsOwnRegister() {
        String year = String.valueOf(LocalDate.now().getYear());
        String first = FacilitiesTest.created("LAPAS-NUMBERS");
        String second = FacilitiesTest.created("LAPAS-NUMBERS");
        String firstRegistrar = DevTokens.mint("registrar-n1", Roles.LAPAS_REGISTRAR, "LAPAS", first);
        String secondRegistrar = DevTokens.mint("registrar-n2", Roles.LAPAS_REGISTRAR, "LAPAS", second);
        String surname = "Nomorganda" + first.substring(first.length() - 7);
        String a = admittedBy(firstRegistrar, convict("Ahmad " + surname));
        String b = admittedBy(firstRegistrar, convict("Budi " + surname));
        String c = admittedBy(secondRegistrar, convict("Ahmad " + surname));
        assertThat(read(firstRegistrar, a).getString("registerNumber")).isEqualTo("B.I-0001/" + year);
        assertThat(read(firstRegistrar, b).getString("registerNumber")).isEqualTo("B.I-0002/" + year);
        assertThat(read(secondRegistrar, c).getString("registerNumber")).as("the same number in another facility")
                .isEqualTo("B.I-0001/" + year);
        // Both found by name, each once, though they share a register number.
        List<String> found = as(TestTokens.AUDITOR).queryParam("name", "Ahmad " + surname).when().get("/api/v1/inmates").then()
                .statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertThat(found).containsExactlyInAnyOrder(a, c);
    }

    @Test
    void aTransferWithinTheRegionKeepsTheStayUntilTheReceivingFacilityConfirmsTheArrival() {
        LocalDate today = LocalDate.now();
        String id = admittedBy(TestTokens.REGISTRAR, convict("Moved Within", randomNik(), "2026-01-15", 5, 6));
        Register.act(TestTokens.REGISTRAR, id, "remissions", "{\"type\":\"GENERAL\",\"days\":15,\"decreeNumber\":\"R-T1\","
                + "\"decreeDate\":\"" + today + "\",\"grantedOn\":\"" + today + "\"}").statusCode(200);
        Register.planRelease(id, "63.08").statusCode(200);
        JsonPath before = read(TestTokens.REGISTRAR, id);
        String previousNumber = before.getString("registerNumber");

        Register.act(TestTokens.REGISTRAR, id, "transfer", "{\"toFacility\":\"BAPAS-BANJARMASIN\",\"transferredOn\":\"" + today + "\"}")
                .statusCode(422).body("type", endsWith("/not-a-holding-facility")).body("field", equalTo("toFacility"));
        Register.act(TestTokens.REGISTRAR, id, "transfer", "{\"toFacility\":\"LAPAS-BARABAI\",\"transferredOn\":\"" + today
                        + "\",\"decreeNumber\":\"W15.PAS.PK.01.05-77\"}").statusCode(200)
                .body("status", equalTo("IN_TRANSIT")).body("facility", equalTo("LAPAS-AMUNTAI"))
                .body("transferredTo", equalTo("LAPAS-BARABAI")).body("allowedActions", contains("confirm-arrival"))
                .body("registerNumber", equalTo(previousNumber));
        JsonNode transferred = RecordedEvents.events(id, "inmate.transferred").get(0);
        assertThat(transferred.get("withinRegion").asBoolean()).isTrue();
        assertThat(transferred.get("fromFacility").asText()).isEqualTo("LAPAS-AMUNTAI");
        assertThat(transferred.get("toFacility").asText()).isEqualTo("LAPAS-BARABAI");
        assertThat(transferred.at("/inmate/status").asText()).isEqualTo("IN_TRANSIT");
        assertThat(transferred.at("/inmate/facility").asText()).isEqualTo("LAPAS-AMUNTAI");

        String arrived = "{\"arrivedOn\":\"" + today + "\",\"cellBlock\":\"C-1\"}";
        String etag = etag(TestTokens.OTHER_FACILITY_REGISTRAR, id);
        arrival(TestTokens.OTHER_FACILITY_REGISTRAR, id, null, arrived).statusCode(428);
        arrival(TestTokens.OTHER_FACILITY_REGISTRAR, id, "\"99\"", arrived).statusCode(412);
        arrival(TestTokens.OTHER_FACILITY_REGISTRAR, id, etag, "{\"arrivedOn\":\"" + today.minusDays(1) + "\"}")
                .statusCode(422).body("type", endsWith("/arrival-before-transfer")).body("field", equalTo("arrivedOn"));
        arrival(TestTokens.OTHER_FACILITY_REGISTRAR, id, etag, "{\"arrivedOn\":\"" + today.plusDays(2) + "\"}")
                .statusCode(422).body("type", endsWith("/arrival-in-the-future"));
        arrival(TestTokens.OTHER_FACILITY_REGISTRAR, id, etag, "{}").statusCode(400);
        assertThat(etag(TestTokens.OTHER_FACILITY_REGISTRAR, id)).as("refused: unchanged").isEqualTo(etag);

        arrival(TestTokens.OTHER_FACILITY_REGISTRAR, id, etag, arrived).statusCode(200)
                .body("id", equalTo(id)).body("status", equalTo("IN_CUSTODY")).body("location", equalTo("IN_FACILITY"))
                .body("facility", equalTo("LAPAS-BARABAI")).body("cellBlock", equalTo("C-1")).body("transferredTo", nullValue())
                .body("leftOn", nullValue())
                .body("registerNumber", matchesPattern("B\\.I-\\d{4}/" + today.getYear()));
        JsonPath after = read(TestTokens.OTHER_FACILITY_REGISTRAR, id);
        assertThat(after.getString("personId")).isEqualTo(before.getString("personId"));
        assertThat(after.getString("sentence.expiresOn")).isEqualTo(before.getString("sentence.expiresOn"));
        assertThat(after.getString("admittedOn")).isEqualTo(before.getString("admittedOn"));
        assertThat(after.getString("sentence.start")).isEqualTo(before.getString("sentence.start"));
        assertThat(after.getInt("sentence.remissionDays")).isEqualTo(15);
        assertThat(after.getString("releasePlan.regencyCode")).as("the release plan stays with the stay").isEqualTo("63.08");

        JsonNode event = RecordedEvents.events(id, "inmate.transfer-arrived").get(0);
        assertThat(event.get("fromFacility").asText()).isEqualTo("LAPAS-AMUNTAI");
        assertThat(event.get("previousRegisterNumber").asText()).isEqualTo(previousNumber);
        assertThat(event.get("arrivedOn").asText()).isEqualTo(today.toString());
        assertThat(event.at("/inmate/facility").asText()).isEqualTo("LAPAS-BARABAI");
        assertThat(event.at("/inmate/status").asText()).isEqualTo("IN_CUSTODY");
        assertThat(event.at("/inmate/registerNumber").asText()).isEqualTo(after.getString("registerNumber"));
        assertThat(RecordedEvents.events(id, "inmate.admitted")).as("the same stay: no readmission").hasSize(1);

        List<String> kinds = as(TestTokens.OTHER_FACILITY_REGISTRAR).header("X-Purpose", "Registrasi mutasi").when()
                .get("/api/v1/inmates/" + id + "/timeline").then().statusCode(200).extract().jsonPath().getList("items.kind", String.class);
        assertThat(kinds).contains("inmate.admitted", "inmate.transferred", "inmate.transfer-arrived");
        String summaries = as(TestTokens.OTHER_FACILITY_REGISTRAR).header("X-Purpose", "Registrasi mutasi").when()
                .get("/api/v1/inmates/" + id + "/timeline").then().extract().asString();
        assertThat(summaries).contains(previousNumber + " → " + after.getString("registerNumber"));

        arrival(TestTokens.OTHER_FACILITY_REGISTRAR, id, etag(TestTokens.OTHER_FACILITY_REGISTRAR, id), arrived)
                .statusCode(409).body("state", equalTo("IN_FACILITY"));
    }

    @Test
    void onlyTheReceivingFacilityConfirmsTheArrival() {
        LocalDate today = LocalDate.now();
        String id = admittedBy(TestTokens.REGISTRAR, convict("Awaited Elsewhere"));
        Register.act(TestTokens.REGISTRAR, id, "transfer", "{\"toFacility\":\"LAPAS-BARABAI\",\"transferredOn\":\"" + today + "\"}")
                .statusCode(200);
        String etag = etag(TestTokens.REGISTRAR, id);
        String arrived = "{\"arrivedOn\":\"" + today + "\"}";
        arrival(BANJARMASIN_REGISTRAR, id, etag, arrived).statusCode(404).contentType(PROBLEM);
        arrival(TestTokens.REGISTRAR, id, etag, arrived).statusCode(409).contentType(PROBLEM)
                .body("type", endsWith("/not-receiving-facility"));
        for (String token : List.of(TestTokens.SECURITY, TestTokens.POLRES_OFFICER, TestTokens.KANWIL_OFFICER, TestTokens.ADMIN,
                TestTokens.OTHER_FACILITY_PROGRAM_OFFICER)) {
            arrival(token, id, etag, arrived).statusCode(403);
        }
        assertThat(etag(TestTokens.REGISTRAR, id)).isEqualTo(etag);
        assertThat(RecordedEvents.events(id, "inmate.transfer-arrived")).isEmpty();
        arrival(TestTokens.OTHER_FACILITY_HEAD, id, etag, arrived).statusCode(200).body("facility", equalTo("LAPAS-BARABAI"));
    }

    @Test
    void aTransferOutOfTheRegionEndsTheStayAsBefore() {
        LocalDate today = LocalDate.now();
        String id = admittedBy(TestTokens.REGISTRAR, convict("Moved Far"));
        Register.act(TestTokens.REGISTRAR, id, "transfer", "{\"toFacility\":\"LAPAS-KELAS-I-MEDAN\",\"transferredOn\":\"" + today + "\"}")
                .statusCode(200).body("status", equalTo("TRANSFERRED")).body("transferredTo", equalTo("LAPAS-KELAS-I-MEDAN"))
                .body("leftOn", equalTo(today.toString())).body("allowedActions", org.hamcrest.Matchers.empty());
        JsonNode transferred = RecordedEvents.events(id, "inmate.transferred").get(0);
        assertThat(transferred.get("withinRegion").asBoolean()).isFalse();
        assertThat(transferred.get("fromFacility").asText()).isEqualTo("LAPAS-AMUNTAI");
        assertThat(transferred.at("/inmate/status").asText()).isEqualTo("TRANSFERRED");
        arrival(TestTokens.REGISTRAR, id, etag(TestTokens.REGISTRAR, id), "{\"arrivedOn\":\"" + today + "\"}")
                .statusCode(409).body("state", equalTo("TRANSFERRED"));
    }

    @Test
    void noticesStillRunWhileInTransit() {
        LocalDate today = LocalDate.now();
        String convictId = admittedBy(TestTokens.REGISTRAR,
                convict("Due In Transit", randomNik(), today.plusDays(5).minusYears(1).toString(), 1, 0));
        String detaineeId = admittedBy(TestTokens.REGISTRAR, detainee("Expiring In Transit", "A.II", today.plusDays(2)));
        for (String id : List.of(convictId, detaineeId)) {
            Register.act(TestTokens.REGISTRAR, id, "transfer", "{\"toFacility\":\"LAPAS-BANJARMASIN\",\"transferredOn\":\"" + today + "\"}")
                    .statusCode(200).body("status", equalTo("IN_TRANSIT"));
        }
        notices.sendDue(today);
        assertThat(RecordedEvents.events(convictId, "inmate.release-due")).hasSize(1);
        assertThat(RecordedEvents.events(detaineeId, "inmate.detention-expiring")).hasSize(1);
        notices.sendDue(today.plusDays(4));
        assertThat(RecordedEvents.events(detaineeId, "inmate.detention-overdue")).as("still held, so overdue").hasSize(1);
    }
}
