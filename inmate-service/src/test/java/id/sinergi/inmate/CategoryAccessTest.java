package id.sinergi.inmate;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 21 point 6: an approved information request opens only the categories it asked for, and
 * every read beyond the basic view is in the access log with its purpose and the part of the record.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class CategoryAccessTest {

    private static final String PROBLEM = "application/problem+json";

    private static void awaitFull(String id) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/" + id).then().body("view", equalTo("FULL")));
    }

    @Test
    void aRequestForIdentityOnlyShowsIdentityAndNotTheOffencesAndEachReadIsLogged() {
        String id = admitted(Register.described(convict("Identity Only")));
        Register.planRelease(id, "63.09").statusCode(200);
        UUID request = UUID.randomUUID();
        RecordAccessTest.grant(id, "officer-7", OffsetDateTime.now().plusDays(30), request, List.of("IDENTITY"));
        awaitFull(id);

        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/" + id).then().statusCode(200)
                .body("sections", contains("IDENTITY"))
                .body("nik", notNullValue()).body("birthPlace", equalTo("Amuntai")).body("contacts[0].name", equalTo("Siti Aminah"))
                .body("releasePlan.regencyCode", equalTo("63.09"))
                .body("offences", nullValue()).body("sentence", nullValue()).body("escapes", nullValue())
                // as in the basic view
                .body("fullName", equalTo("Identity Only")).body("riskLevel", equalTo("HIGH"));
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/" + id + "/release-plan").then().statusCode(200)
                .body("receivedBy.name", equalTo("Siti Aminah"));
        for (String part : List.of("key-dates", "timeline", "risk-assessments")) {
            as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/" + id + "/" + part).then().statusCode(404).contentType(PROBLEM);
        }

        as(TestTokens.AUDITOR).when().get("/api/v1/inmates/access-log?inmateId=" + id + "&actor=officer-7").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.record", containsInAnyOrder("RECORD", "RECORD", "RELEASE_PLAN"))
                .body("items.purpose", everyItem(equalTo("information request " + request)));
    }

    @Test
    void aDecisionWithoutCategoriesOpensIdentityOnly() {
        String id = admitted(convict("Old Decision"));
        RecordAccessTest.grant(id, "officer-7", OffsetDateTime.now().plusDays(30), UUID.randomUUID(), null);
        awaitFull(id);
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/" + id).then()
                .body("sections", contains("IDENTITY")).body("nik", notNullValue()).body("offences", nullValue());
    }

    @Test
    void eachCategoryOpensItsOwnReadsAndTheAuditorFiltersTheLogByRecord() {
        String id = admitted(convict("Dates And Risk"));
        UUID request = UUID.randomUUID();
        RecordAccessTest.grant(id, "officer-7", OffsetDateTime.now().plusDays(30), request,
                List.of("OFFENCES_AND_SENTENCE", "KEY_DATES", "MOVEMENTS_AND_TIMELINE", "RISK_ASSESSMENTS", "PROGRAMMES"));
        awaitFull(id);
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/" + id).then()
                .body("sections", contains("OFFENCES_AND_SENTENCE", "KEY_DATES", "MOVEMENTS_AND_TIMELINE", "RISK_ASSESSMENTS", "PROGRAMMES"))
                .body("nik", nullValue()).body("contacts", nullValue()).body("releasePlan", nullValue())
                .body("offences[0].article", equalTo("Pasal 114 ayat (1)")).body("sentence.years", equalTo(5));
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/" + id + "/key-dates").then().statusCode(200);
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/" + id + "/timeline").then().statusCode(200);
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/" + id + "/risk-assessments").then().statusCode(200);
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/" + id + "/release-plan").then().statusCode(404);
        // Lapas staff: the purpose is their X-Purpose.
        as(TestTokens.REGISTRAR).header("X-Purpose", "Sidang TPP").when().get("/api/v1/inmates/" + id + "/key-dates").then()
                .statusCode(200);

        as(TestTokens.AUDITOR).when().get("/api/v1/inmates/access-log?inmateId=" + id + "&record=KEY_DATES").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.record", everyItem(equalTo("KEY_DATES")))
                .body("items.purpose", containsInAnyOrder("information request " + request, "Sidang TPP"))
                .body("items.actor", containsInAnyOrder("officer-7", "registrar-1"));
        for (String record : List.of("RECORD", "TIMELINE", "RISK_ASSESSMENTS")) {
            as(TestTokens.AUDITOR).when().get("/api/v1/inmates/access-log?inmateId=" + id + "&record=" + record).then()
                    .statusCode(200).body("items.record", hasItem(record)).body("items.actor", hasItem("officer-7"));
        }
        as(TestTokens.AUDITOR).when().get("/api/v1/inmates/access-log?record=EVERYTHING").then().statusCode(400)
                .contentType(PROBLEM).body("field", equalTo("record"));
    }

    @Test
    void theBasicViewIsNotLogged() {
        String id = admitted(convict("Basic Only"));
        as(TestTokens.POLRES_HEAD).when().get("/api/v1/inmates/" + id).then().body("view", equalTo("BASIC"));
        as(TestTokens.AUDITOR).when().get("/api/v1/inmates/access-log?inmateId=" + id).then().body("total", equalTo(0));
    }
}
