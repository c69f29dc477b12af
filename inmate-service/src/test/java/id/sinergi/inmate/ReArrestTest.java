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
import java.util.UUID;

import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static id.sinergi.inmate.Register.randomNik;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Issue 21 point 4: Polres records the arrest of a former WBP; the NIK is looked up, never kept, logged or sent. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class ReArrestTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String PATH = "/api/v1/inmates/re-arrests";

    private static String body(String person, LocalDate arrestedOn, String report) {
        return "{" + person + ",\"arrestedOn\":\"" + arrestedOn + "\",\"policeReportNumber\":\"" + report
                + "\",\"article\":\"Pasal 363 KUHP\"}";
    }

    private static String byNik(String nik) {
        return "\"nik\":\"" + nik + "\"";
    }

    /** A convict admitted and released today; returns the stay's id. */
    private static String released(String name, String nik) {
        String id = admitted(convict(name, nik, "2026-01-15", 5, 6));
        Register.act(TestTokens.REGISTRAR, id, "release", "{\"reason\":\"END_OF_SENTENCE\",\"releasedOn\":\"" + LocalDate.now() + "\"}")
                .statusCode(200);
        return id;
    }

    @Test
    void polresRecordsTheArrestOfAFormerWbpByNikAndThePersonIsNamedWithoutIt() {
        String nik = randomNik();
        String stay = released("Former Wbp", nik);
        String personId = as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + stay).then().extract().path("personId");
        String report = "LP/B/" + UUID.randomUUID() + "/2026";
        String reArrestId;
        List<LogCapture.Line> lines;
        try (LogCapture logs = LogCapture.start()) {
            reArrestId = as(TestTokens.POLRES_OFFICER).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(body(byNik(nik), LocalDate.now(), report)).when().post(PATH).then().statusCode(201)
                    .body("personId", equalTo(personId)).body("inmateId", equalTo(stay))
                    .body("releasedOn", equalTo(LocalDate.now().toString())).body("polresUnit", equalTo("POLRES-HSU"))
                    .body("recordedBy", equalTo("officer-7")).body("$", not(org.hamcrest.Matchers.hasKey("nik")))
                    .extract().path("id");
            lines = logs.lines();
        }
        assertThat(lines).allSatisfy(line -> assertThat(line.text() + " " + line.mdc()).doesNotContain(nik));

        JsonNode event = RecordedEvents.events(stay, "inmate.re-arrested").get(0);
        assertThat(event.get("reArrestId").asText()).isEqualTo(reArrestId);
        assertThat(event.get("personId").asText()).isEqualTo(personId);
        assertThat(event.get("inmateId").asText()).isEqualTo(stay);
        assertThat(event.get("policeReportNumber").asText()).isEqualTo(report);
        assertThat(event.get("arrestedOn").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(event.get("polresUnit").asText()).isEqualTo("POLRES-HSU");
        assertThat(event.toString()).doesNotContain(nik).doesNotContain("nik");

        // The same police report for the same person again: 409; by personId it is the same person.
        as(TestTokens.POLRES_HEAD).body(body("\"personId\":\"" + personId + "\"", LocalDate.now(), report)).when().post(PATH)
                .then().statusCode(409).contentType(PROBLEM).body("type", org.hamcrest.Matchers.endsWith("duplicate-re-arrest"));

        as(TestTokens.AUDITOR).when().get(PATH + "?from=" + LocalDate.now() + "&to=" + LocalDate.now()).then().statusCode(200)
                .body("items.id", hasItem(reArrestId));
        as(TestTokens.AUDITOR).when().get(PATH + "?to=" + LocalDate.now().minusDays(1)).then().statusCode(200)
                .body("items.id", not(hasItem(reArrestId)));
        for (String token : List.of(TestTokens.POLRES_HEAD, TestTokens.LAPAS_HEAD, TestTokens.REGISTRAR)) {
            as(token).when().get(PATH).then().statusCode(200);
        }
        for (String token : List.of(TestTokens.POLRES_OFFICER, TestTokens.SECURITY)) {
            as(token).when().get(PATH).then().statusCode(403).contentType(PROBLEM);
        }
        as(TestTokens.AUDITOR).when().get(PATH + "?from=last-week").then().statusCode(400);
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + stay + "/timeline").then().statusCode(200)
                .body("items.kind", hasItem("inmate.re-arrested"));
    }

    @Test
    void theArrestMustComeAfterTheReleaseAndNotInTheFuture() {
        String nik = randomNik();
        released("Dated Arrest", nik);
        as(TestTokens.POLRES_OFFICER).body(body(byNik(nik), LocalDate.now().minusDays(1), "LP/1")).when().post(PATH)
                .then().statusCode(422).contentType(PROBLEM).body("field", equalTo("arrestedOn"));
        as(TestTokens.POLRES_OFFICER).body(body(byNik(nik), LocalDate.now().plusDays(1), "LP/2")).when().post(PATH)
                .then().statusCode(422).contentType(PROBLEM).body("field", equalTo("arrestedOn"));
    }

    @Test
    void unknownPeopleNeverReleasedOrInCustodyAreRefused() {
        as(TestTokens.POLRES_OFFICER).body(body(byNik(randomNik()), LocalDate.now(), "LP/3")).when().post(PATH)
                .then().statusCode(404).contentType(PROBLEM);
        as(TestTokens.POLRES_OFFICER).body(body("\"personId\":\"" + UUID.randomUUID() + "\"", LocalDate.now(), "LP/3")).when()
                .post(PATH).then().statusCode(404).contentType(PROBLEM);

        String inCustody = randomNik();
        admitted(convict("Still Inside", inCustody, "2026-01-15", 5, 6));
        as(TestTokens.POLRES_OFFICER).body(body(byNik(inCustody), LocalDate.now(), "LP/4")).when().post(PATH)
                .then().statusCode(409).contentType(PROBLEM).body("type", org.hamcrest.Matchers.endsWith("in-custody"));

        String transferredNik = randomNik();
        String transferred = admitted(convict("Only Transferred", transferredNik, "2026-01-15", 5, 6));
        Register.act(TestTokens.REGISTRAR, transferred, "transfer", "{\"toFacility\":\"LAPAS-KELAS-I-MEDAN\",\"transferredOn\":\""
                + LocalDate.now() + "\"}").statusCode(200);
        as(TestTokens.POLRES_OFFICER).body(body(byNik(transferredNik), LocalDate.now(), "LP/5")).when().post(PATH)
                .then().statusCode(409).contentType(PROBLEM).body("type", org.hamcrest.Matchers.endsWith("not-a-former-wbp"));
    }

    @Test
    void exactlyOneOfNikAndPersonIdAndOnlyPolres() {
        as(TestTokens.POLRES_OFFICER).body(body(byNik(randomNik()) + ",\"personId\":\"" + UUID.randomUUID() + "\"",
                LocalDate.now(), "LP/6")).when().post(PATH).then().statusCode(400).contentType(PROBLEM);
        as(TestTokens.POLRES_OFFICER).body("{\"arrestedOn\":\"" + LocalDate.now() + "\",\"policeReportNumber\":\"LP/7\","
                + "\"article\":\"Pasal 363 KUHP\"}").when().post(PATH).then().statusCode(400).contentType(PROBLEM);
        for (String token : List.of(TestTokens.REGISTRAR, TestTokens.AUDITOR, TestTokens.LAPAS_HEAD)) {
            as(token).body(body(byNik(randomNik()), LocalDate.now(), "LP/8")).when().post(PATH).then().statusCode(403);
        }
    }
}
