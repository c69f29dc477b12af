package id.sinergi.inmate;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.RecordedEvents;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static id.sinergi.inmate.Register.act;
import static id.sinergi.inmate.Register.admit;
import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static id.sinergi.inmate.Register.detainee;
import static id.sinergi.inmate.Register.randomNik;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** People and stays (issue 20, point 1): a person who comes back gets a new stay, never a 409 on the NIK. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class StaysTest {

    private static final String PROBLEM = "application/problem+json";

    private static void release(String id) {
        act(TestTokens.REGISTRAR, id, "release", "{\"reason\":\"END_OF_SENTENCE\",\"releasedOn\":\"" + LocalDate.now() + "\"}")
                .statusCode(200).body("status", equalTo("RELEASED"));
    }

    @Test
    void aReleasedConvictWhoComesBackIsReadmittedAsARecidivistWithHisEarlierStayShown() {
        String nik = randomNik();
        JsonPath first = admit(convict("Residivis Pertama", nik, "2026-01-15", 0, 2)).then().statusCode(201)
                .body("recidivist", equalTo(false)).body("earlierStays", hasSize(0))
                .extract().jsonPath();
        String firstId = first.getString("id");
        String personId = first.getString("personId");
        release(firstId);

        JsonPath second = admit(convict("Residivis Kedua", nik, "2026-03-01", 1, 0)).then().statusCode(201)
                .body("personId", equalTo(personId))
                .body("id", not(equalTo(firstId)))
                .body("registerNumber", not(equalTo(first.getString("registerNumber"))))
                .body("fullName", equalTo("Residivis Kedua"))
                .body("recidivist", equalTo(true))
                .body("earlierStays", hasSize(1))
                .body("earlierStays[0].id", equalTo(firstId))
                .body("earlierStays[0].registerNumber", equalTo(first.getString("registerNumber")))
                .body("earlierStays[0].registerClass", equalTo("B.IIb"))
                .body("earlierStays[0].status", equalTo("RELEASED"))
                .body("earlierStays[0].releasedOn", equalTo(LocalDate.now().toString()))
                .extract().jsonPath();
        String secondId = second.getString("id");

        // The record read later shows the same; the earlier stay shows the later one and keeps its own flag.
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + secondId).then().statusCode(200)
                .body("recidivist", equalTo(true)).body("earlierStays[0].id", equalTo(firstId));
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + firstId).then().statusCode(200)
                .body("personId", equalTo(personId)).body("recidivist", equalTo(false))
                .body("fullName", equalTo("Residivis Kedua"))
                .body("earlierStays[0].id", equalTo(secondId)).body("earlierStays[0].status", equalTo("IN_CUSTODY"));

        // Search by NIK finds both stays of the person, each counting the other.
        as(TestTokens.REGISTRAR).queryParam("nik", nik).when().get("/api/v1/inmates").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.personId", equalTo(java.util.List.of(personId, personId)))
                .body("items.earlierStays", equalTo(java.util.List.of(1, 1)));

        JsonNode admitted = RecordedEvents.events(secondId, "inmate.admitted").get(0);
        assertThat(admitted.get("personId").asText()).isEqualTo(personId);
        assertThat(admitted.get("recidivist").asBoolean()).isTrue();
        assertThat(admitted.get("inmate").get("personId").asText()).isEqualTo(personId);
        assertThat(RecordedEvents.events(firstId, "inmate.admitted").get(0).get("recidivist").asBoolean()).isFalse();
    }

    @Test
    void aReleasedDetaineeWhoComesBackIsNoRecidivist() {
        String detaineeBody = detainee("Tahanan Kembali", "A.II", LocalDate.now().plusDays(20));
        JsonPath first = admit(detaineeBody).then().statusCode(201).extract().jsonPath();
        act(TestTokens.REGISTRAR, first.getString("id"), "release",
                "{\"reason\":\"BY_LAW\",\"releasedOn\":\"" + LocalDate.now() + "\"}").statusCode(200);
        admit(detaineeBody).then().statusCode(201)
                .body("personId", equalTo(first.getString("personId")))
                .body("recidivist", equalTo(false))
                .body("earlierStays[0].registerClass", equalTo("A.II"));
    }

    @Test
    void aPersonWithoutNikIsReadmittedByTheConfirmedPersonIdAndASecondOpenStayIsRefused() {
        String foreigner = convict("Warga Asing").replaceAll("\"nik\":\"\\d+\",", "").replace("\"IDN\"", "\"MYS\"");
        JsonPath first = admit(foreigner).then().statusCode(201).extract().jsonPath();
        String personId = first.getString("personId");
        String withPerson = foreigner.replace("\"riskLevel\":\"HIGH\"", "\"riskLevel\":\"HIGH\",\"personId\":\"" + personId + "\"");

        admit(withPerson).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/open-stay"))
                .body("openStayId", equalTo(first.getString("id")))
                .body("openStayRegisterNumber", equalTo(first.getString("registerNumber")));

        release(first.getString("id"));
        admit(withPerson).then().statusCode(201)
                .body("personId", equalTo(personId)).body("recidivist", equalTo(true))
                .body("earlierStays[0].id", equalTo(first.getString("id")));
        // Without the personId the same name and no NIK is a new person: matching by name is the registrar's.
        admit(foreigner).then().statusCode(201).body("personId", not(equalTo(personId)));
    }

    @Test
    void anUnknownPersonIdIs422() {
        String body = convict("Orang Tak Dikenal").replace("\"riskLevel\":\"HIGH\"",
                "\"riskLevel\":\"HIGH\",\"personId\":\"" + UUID.randomUUID() + "\"");
        admit(body).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/unknown-person"))
                .body("field", equalTo("personId"));
    }

    @Test
    void correctingTheIdentityOfOneStayChangesThePersonForEveryStay() {
        String nik = randomNik();
        String firstId = admitted(convict("Nama Lama", nik, "2026-01-15", 0, 2));
        release(firstId);
        String secondId = admitted(convict("Nama Lama", nik, "2026-03-01", 1, 0));
        as(TestTokens.REGISTRAR).header("If-Match", Register.etag(secondId)).body("""
                        {"fullName":"Nama Baru Sekali","aliases":[],"nik":"%s","sex":"MALE","nationality":"IDN"}""".formatted(nik))
                .when().put("/api/v1/inmates/" + secondId + "/personal-details").then().statusCode(200)
                .body("fullName", equalTo("Nama Baru Sekali"));
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + firstId).then().statusCode(200)
                .body("fullName", equalTo("Nama Baru Sekali"));
        as(TestTokens.REGISTRAR).queryParam("name", "Nama Baru Sekali").queryParam("nik", nik)
                .when().get("/api/v1/inmates").then().statusCode(200).body("total", equalTo(2));
    }
}
