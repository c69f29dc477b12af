package id.sinergi.inmate;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.RecordedEvents;
import id.sinergi.platform.testing.TestTokens;
import id.sinergi.platform.time.FacilityClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static id.sinergi.inmate.Register.act;
import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static id.sinergi.inmate.Register.described;
import static id.sinergi.inmate.Register.detainee;
import static id.sinergi.inmate.Register.earlierToday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * Escape and recapture (issue 20 point 6): an escape from any state of custody keeps the stay open
 * as ESCAPED and tells Polres with the identifying features and last known contacts; the recapture
 * brings the WBP back into the facility and the days at large are not served (UU 1/2023 Pasal 63),
 * so the expiry and the key dates move later by them.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class EscapeTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    FacilityClock clock;

    private static String escape(OffsetDateTime at) {
        return "{\"escapedAt\":\"" + at + "\",\"place\":\"Blok A-2, tembok belakang\",\"method\":\"Memanjat tembok\","
                + "\"noticedBy\":\"Petugas jaga pos 2\"}";
    }

    private static String recapture(String at, String by) {
        return "{\"recapturedAt\":\"" + at + "\",\"by\":\"" + by + "\",\"place\":\"Desa Sungai Malang\"}";
    }

    @Test
    void anEscapeFromEachStateOfCustodyKeepsTheStayOpenAsEscaped() {
        Map<String, String> movements = Map.of("IN_FACILITY", "", "COURT", "COURT", "POLICE_LOAN", "POLICE_LOAN",
                "MEDICAL", "MEDICAL");
        movements.forEach((location, kind) -> {
            String id = admitted(described(convict("Escapee " + location)));
            if (!kind.isEmpty()) {
                act(TestTokens.REGISTRAR, id, "move-out", "{\"kind\":\"" + kind + "\",\"destination\":\"Somewhere\"}")
                        .statusCode(200);
            }
            act(TestTokens.SECURITY, id, "escape", escape(earlierToday(clock, Duration.ofMinutes(30)))).statusCode(200)
                    .body("status", equalTo("ESCAPED"))
                    .body("location", equalTo(location))
                    .body("allowedActions", contains("update-personal-details", "recapture"))
                    .body("escapes[0].place", equalTo("Blok A-2, tembok belakang"))
                    .body("escapes[0].recapturedAt", equalTo(null));
            as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id + "/timeline").then().statusCode(200)
                    .body("items[0].kind", equalTo("inmate.escaped"))
                    .body("items[0].summary", equalTo("Escaped from Blok A-2, tembok belakang (Memanjat tembok); noticed by "
                            + "Petugas jaga pos 2"));
            assertThat(RecordedEvents.events(id, "inmate.escaped")).as(location).hasSize(1);
        });
    }

    @Test
    void theEscapeEventCarriesTheIdentifyingFeaturesAndContactsThatNoOtherViewOrEventShows() {
        String id = admitted(described(convict("Described Escapee")));
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/" + id).then().statusCode(200)
                .body("view", equalTo("BASIC")).body("$", not(hasKey("identifyingFeatures"))).body("$", not(hasKey("contacts")));
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id).then().statusCode(200)
                .body("identifyingFeatures.heightCm", equalTo(168))
                .body("contacts[0].phone", equalTo("+6281234567890"));
        act(TestTokens.HEAD, id, "escape", escape(earlierToday(clock, Duration.ofHours(2)))).statusCode(200);

        JsonNode escaped = RecordedEvents.events(id, "inmate.escaped").get(0);
        assertThat(escaped.at("/inmate/status").asText()).isEqualTo("ESCAPED");
        assertThat(escaped.get("method").asText()).isEqualTo("Memanjat tembok");
        assertThat(escaped.get("noticedBy").asText()).isEqualTo("Petugas jaga pos 2");
        assertThat(escaped.at("/identifyingFeatures/heightCm").asInt()).isEqualTo(168);
        assertThat(escaped.at("/identifyingFeatures/marks").asText()).isEqualTo("Tato naga di lengan kanan");
        assertThat(escaped.at("/lastKnownContacts/0/relationship").asText()).isEqualTo("Istri");
        assertThat(escaped.at("/lastKnownContacts/0/phone").asText()).isEqualTo("+6281234567890");

        act(TestTokens.REGISTRAR, id, "recapture", recapture(OffsetDateTime.now().toString(), "LAPAS")).statusCode(200);
        for (String type : List.of("inmate.admitted", "inmate.recaptured")) {
            RecordedEvents.events(id, type).forEach(event -> assertThat(event.toString()).as(type)
                    .doesNotContain("+6281234567890").doesNotContain("Tato naga").doesNotContain("identifyingFeatures"));
        }
        // Polres still sees the basic view only: the features travel in the escape event, not in reads.
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/" + id).then().statusCode(200)
                .body("view", equalTo("BASIC")).body("$", not(hasKey("contacts")));
    }

    @Test
    void theRecaptureMovesTheExpiryAndTheKeyDatesByTheDaysAtLarge() {
        String admission = convict("Recaptured", Register.randomNik(), "2026-01-15", 2, 0)
                .replace("\"riskLevel\":\"HIGH\"", "\"riskLevel\":\"HIGH\",\"admittedOn\":\"2026-02-01\"");
        String id = admitted(admission);
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id + "/key-dates").then().statusCode(200)
                .body("expiry", equalTo("2028-01-15"));
        // 17:30 UTC on 10 March is 01:30 WITA on 11 March: the facility's calendar dates the escape.
        act(TestTokens.SECURITY, id, "escape", escape(OffsetDateTime.parse("2026-03-10T17:30:00Z"))).statusCode(200)
                .body("sentence.expiresOn", equalTo("2028-01-15"));
        act(TestTokens.REGISTRAR, id, "recapture", recapture("2026-03-11T00:00:00+08:00", "POLRES")).statusCode(422)
                .contentType(PROBLEM).body("type", equalTo("https://sinergi.id/problems/recapture-before-escape"))
                .body("field", equalTo("recapturedAt"));
        act(TestTokens.REGISTRAR, id, "recapture", recapture("2026-03-15T09:00:00+08:00", "POLRES")).statusCode(200)
                .body("status", equalTo("IN_CUSTODY"))
                .body("location", equalTo("IN_FACILITY"))
                .body("escapes[0].recapturedBy", equalTo("POLRES"))
                .body("escapes[0].daysNotCounted", equalTo(4))
                .body("sentence.expiresOn", equalTo("2028-01-19"));
        as(TestTokens.AUDITOR).when().get("/api/v1/inmates/" + id + "/key-dates").then().statusCode(200)
                .body("expiry", equalTo("2028-01-19"))
                .body("oneThird", equalTo("2026-09-17"))
                .body("half", equalTo("2027-01-17"))
                .body("twoThirds", equalTo("2027-05-20"))
                .body("paroleEligibleFrom", equalTo("2027-05-20"));

        JsonNode recaptured = RecordedEvents.events(id, "inmate.recaptured").get(0);
        assertThat(recaptured.get("daysNotCounted").asInt()).isEqualTo(4);
        assertThat(recaptured.get("recapturedBy").asText()).isEqualTo("POLRES");
        assertThat(recaptured.at("/inmate/status").asText()).isEqualTo("IN_CUSTODY");
        assertThat(recaptured.at("/inmate/expectedRelease").asText()).isEqualTo("2028-01-19");
        assertThat(recaptured.get("escapeId").asText())
                .isEqualTo(RecordedEvents.events(id, "inmate.escaped").get(0).get("escapeId").asText());

        // A second escape adds its own days: 1 to 3 June, 2 days more.
        act(TestTokens.SECURITY, id, "escape", escape(OffsetDateTime.parse("2026-06-01T10:00:00+08:00"))).statusCode(200);
        act(TestTokens.SECURITY, id, "recapture", recapture("2026-06-03T10:00:00+08:00", "OTHER")).statusCode(200)
                .body("sentence.expiresOn", equalTo("2028-01-21"))
                .body("escapes.daysNotCounted", contains(4, 2));
    }

    @Test
    void aDetaineesDetentionEndDoesNotMoveAndNothingIsAddedToASentenceNotYetPassed() {
        LocalDate endsOn = LocalDate.now().plusDays(40);
        String id = admitted(detainee("Escaped Detainee", "A.II", endsOn));
        act(TestTokens.REGISTRAR, id, "escape", escape(earlierToday(clock, Duration.ofHours(3)))).statusCode(200);
        act(TestTokens.REGISTRAR, id, "recapture", recapture(OffsetDateTime.now().toString(), "POLRES")).statusCode(200)
                .body("detentionEndsOn", equalTo(endsOn.toString()))
                .body("escapes[0].daysNotCounted", equalTo(0));
        assertThat(RecordedEvents.events(id, "inmate.recaptured").get(0).get("daysNotCounted").asInt()).isZero();
    }

    @Test
    void escapeAndRecaptureAreRefusedWhereTheStateDoesNotAllowThem() {
        String released = admitted(convict("Already Free"));
        act(TestTokens.REGISTRAR, released, "release", "{\"reason\":\"END_OF_SENTENCE\",\"releasedOn\":\"" + LocalDate.now() + "\"}")
                .statusCode(200);
        act(TestTokens.SECURITY, released, "escape", escape(OffsetDateTime.now())).statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/transition-not-allowed"))
                .body("state", equalTo("RELEASED"));
        act(TestTokens.SECURITY, released, "recapture", recapture(OffsetDateTime.now().toString(), "POLRES")).statusCode(409);

        String inside = admitted(convict("Still Inside"));
        act(TestTokens.SECURITY, inside, "recapture", recapture(OffsetDateTime.now().toString(), "POLRES")).statusCode(409)
                .body("state", equalTo("IN_FACILITY"));
        act(TestTokens.PROGRAM_OFFICER, inside, "escape", escape(OffsetDateTime.now())).statusCode(403);
        act(TestTokens.POLRES_OFFICER, inside, "escape", escape(OffsetDateTime.now())).statusCode(403);
        act(TestTokens.SECURITY, inside, "escape", escape(OffsetDateTime.now().plusDays(1))).statusCode(400)
                .body("violations.field", contains("escapedAt"));

        act(TestTokens.SECURITY, inside, "escape", escape(OffsetDateTime.now())).statusCode(200);
        act(TestTokens.SECURITY, inside, "escape", escape(OffsetDateTime.now())).statusCode(409)
                .body("state", equalTo("ESCAPED")).body("allowedActions", contains("update-personal-details", "recapture"));
        act(TestTokens.REGISTRAR, inside, "release", "{\"reason\":\"END_OF_SENTENCE\",\"releasedOn\":\"" + LocalDate.now() + "\"}")
                .statusCode(409).body("state", equalTo("ESCAPED"));
        act(TestTokens.REGISTRAR, inside, "recapture", recapture(OffsetDateTime.now().toString(), "NEIGHBOURS")).statusCode(400)
                .body("field", equalTo("by"));
        // The escaped person's stay is still open: a new admission of the same person is refused.
        String nik = as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + inside).then().extract().jsonPath().getString("nik");
        Register.admit(convict("Still Inside", nik, "2026-01-15", 1, 0)).then().statusCode(409)
                .body("type", equalTo("https://sinergi.id/problems/open-stay"));
    }

    @Test
    void theIdentifyingFeaturesAreCorrectedWithTheIdentityEvenWhileAtLarge() {
        String id = admitted(described(convict("At Large")));
        act(TestTokens.SECURITY, id, "escape", escape(earlierToday(clock, Duration.ofHours(1)))).statusCode(200);
        String nik = as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id).then().extract().jsonPath().getString("nik");
        String details = "{\"fullName\":\"At Large\",\"nik\":\"" + nik + "\",\"sex\":\"MALE\",\"nationality\":\"IDN\","
                + "\"identifyingFeatures\":{\"heightCm\":170,\"marks\":\"Tato baru di leher\"},"
                + "\"contacts\":[{\"name\":\"Rahmah\",\"relationship\":\"Ibu\",\"phone\":\"0812 5555 1234\"}]}";
        as(TestTokens.REGISTRAR).header("If-Match", Register.etag(id)).body(details)
                .when().put("/api/v1/inmates/" + id + "/personal-details").then().statusCode(200)
                .body("status", equalTo("ESCAPED"))
                .body("identifyingFeatures.heightCm", equalTo(170))
                .body("identifyingFeatures.build", equalTo(null))
                .body("contacts.name", contains("Rahmah"));
        as(TestTokens.REGISTRAR).header("If-Match", Register.etag(id))
                .body(details.replace("0812 5555 1234", "call me"))
                .when().put("/api/v1/inmates/" + id + "/personal-details").then().statusCode(400);
    }
}
