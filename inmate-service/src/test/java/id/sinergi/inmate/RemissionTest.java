package id.sinergi.inmate;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static id.sinergi.inmate.Register.act;
import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static id.sinergi.inmate.Register.randomNik;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Issue 20 point 4: remissions by type, refused with the condition the WBP does not meet, and Register F. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class RemissionTest {

    private static final String PROBLEMS = "https://sinergi.id/problems/";
    private static final LocalDate TODAY = LocalDate.now();

    /** A convict of five years whose sentence started {@code served} days ago. */
    private static String convictServing(int served) {
        return admitted(convict("Remission " + served, randomNik(), TODAY.minusDays(served).toString(), 5, 0));
    }

    private static String remission(String type, String ground, int days, LocalDate grantedOn) {
        return "{\"type\":\"" + type + "\"," + (ground == null ? "" : "\"ground\":\"" + ground + "\",")
                + "\"days\":" + days + ",\"decreeNumber\":\"PAS-" + UUID.randomUUID() + "\",\"decreeDate\":\"" + grantedOn
                + "\",\"grantedOn\":\"" + grantedOn + "\"}";
    }

    private static ValidatableResponse grant(String id, String type, String ground, int days, LocalDate grantedOn) {
        return act(TestTokens.REGISTRAR, id, "remissions", remission(type, ground, days, grantedOn));
    }

    private static void refusedFor(ValidatableResponse answer, String condition, String rule) {
        answer.statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "remission-not-eligible"))
                .body("condition", equalTo(condition))
                .body("rule", containsString(rule))
                .body("detail", containsString(rule));
    }

    private static String sanction(LocalDate start, LocalDate end, String decision) {
        return """
                {"violation":"Kept a mobile phone in the cell","decisionNumber":"%s","decisionDate":"%s",
                 "sanction":"Isolation (strafsel)","sanctionStart":"%s","sanctionEnd":"%s"}""".formatted(decision, start, start, end);
    }

    private static ValidatableResponse recordSanction(String token, String id, String body) {
        return as(token).body(body).when().post("/api/v1/inmates/" + id + "/disciplinary-register").then();
    }

    private static ValidatableResponse annul(String token, String id, long entry) {
        return as(token).body("{\"reason\":\"Set aside on review\"}").when()
                .post("/api/v1/inmates/" + id + "/disciplinary-register/" + entry + "/annulment").then();
    }

    @Test
    void aGeneralRemissionWithinTheScaleIsRecordedWithItsTypeAndDecree() {
        // 400 days served: 13 months, first year with 12 months or more: at most 2 months.
        String id = convictServing(400);
        grant(id, "GENERAL", null, 60, TODAY).statusCode(200).body("sentence.remissionDays", equalTo(60));
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id + "/timeline").then().statusCode(200)
                .body("items[0].summary", containsString("GENERAL remission of 60 days (decree PAS-"))
                .body("items[0].summary", containsString(" of " + TODAY + ")"));
        refusedFor(grant(id, "GENERAL", null, 10, TODAY), "ONCE_A_YEAR", "Keppres 174/1999");
        // Additional: a share of the year's general remission (60 days): 1/3 for a pemuka, 1/2 for service to the state.
        grant(id, "ADDITIONAL", "PEMUKA", 21, TODAY).statusCode(422)
                .body("type", equalTo(PROBLEMS + "remission-exceeds-scale")).body("maxDays", equalTo(20))
                .body("rule", containsString("Keppres 174/1999 Pasal 6"));
        grant(id, "ADDITIONAL", "PEMUKA", 20, TODAY).statusCode(200).body("sentence.remissionDays", equalTo(80));
        grant(id, "ADDITIONAL", "SERVICE_TO_STATE", 30, TODAY).statusCode(200).body("sentence.remissionDays", equalTo(110));
    }

    @Test
    void moreDaysThanTheScaleAllowsForTheTimeServedIs422WithTheMaximum() {
        String sevenMonths = convictServing(7 * 30 + 5);
        grant(sevenMonths, "GENERAL", null, 31, TODAY).statusCode(422)
                .body("type", equalTo(PROBLEMS + "remission-exceeds-scale")).body("field", equalTo("days"))
                .body("maxDays", equalTo(30)).body("rule", containsString("Keppres 174/1999 Pasal 4 ayat (1) huruf a"));
        grant(sevenMonths, "SPECIAL", null, 16, TODAY).statusCode(422).body("maxDays", equalTo(15))
                .body("rule", containsString("Keppres 174/1999 Pasal 5"));
        grant(sevenMonths, "SPECIAL", null, 15, TODAY).statusCode(200).body("sentence.remissionDays", equalTo(15));
        // Six years served: the sixth year and after, at most 6 months.
        String sixYears = admitted(convict("Long Sentence", randomNik(), TODAY.minusDays(6 * 365 + 10).toString(), 12, 0));
        grant(sixYears, "GENERAL", null, 181, TODAY).statusCode(422).body("maxDays", equalTo(180));
        grant(sixYears, "GENERAL", null, 180, TODAY).statusCode(200);
    }

    @Test
    void eachUnmetConditionIsNamedWithItsRule() {
        refusedFor(grant(convictServing(180), "GENERAL", null, 10, TODAY), "SERVED_MORE_THAN_SIX_MONTHS", "PP 32/1999 Pasal 34");
        String id = convictServing(400);
        refusedFor(grant(id, "ADDITIONAL", "SERVICE_TO_STATE", 10, TODAY), "GENERAL_REMISSION_OF_THE_YEAR", "Keppres 174/1999 Pasal 6");
        refusedFor(grant(id, "HUMANITARIAN", "AGE_OVER_70", 10, TODAY), "OLDER_THAN_70", "Permenkumham 3/2018 Pasal 29");
        refusedFor(grant(id, "HUMANITARIAN", "SHORT_SENTENCE", 10, TODAY), "SENTENCE_OF_AT_MOST_ONE_YEAR", "Permenkumham 3/2018 Pasal 29");
        grant(id, "HUMANITARIAN", "LONG_ILLNESS", 10, TODAY).statusCode(200);
        // Remisi dasawarsa only on a tenth anniversary of the Proclamation.
        String before = admitted(convict("Dasawarsa", randomNik(), "2024-01-01", 3, 0));
        refusedFor(grant(before, "DASAWARSA", null, 30, LocalDate.parse("2026-08-17")), "DASAWARSA_YEAR", "dasawarsa");
        // 2025 is one; 1/12 of three years (1096 days) is 91, capped at 3 months.
        grant(before, "DASAWARSA", null, 91, LocalDate.parse("2025-08-17")).statusCode(422).body("maxDays", equalTo(90));
        grant(before, "DASAWARSA", null, 90, LocalDate.parse("2025-08-17")).statusCode(200);
    }

    @Test
    void theGroundMustFitTheTypeAndTheDecreeIsRequired() {
        String id = convictServing(400);
        grant(id, "GENERAL", "PEMUKA", 10, TODAY).statusCode(422)
                .body("type", equalTo(PROBLEMS + "remission-ground")).body("field", equalTo("ground"));
        grant(id, "ADDITIONAL", null, 10, TODAY).statusCode(422).body("type", equalTo(PROBLEMS + "remission-ground"));
        grant(id, "HUMANITARIAN", "PEMUKA", 10, TODAY).statusCode(422).body("type", equalTo(PROBLEMS + "remission-ground"));
        grant(id, "AMNESTY", null, 10, TODAY).statusCode(400).body("field", equalTo("type"));
        act(TestTokens.REGISTRAR, id, "remissions", "{\"type\":\"GENERAL\",\"days\":10,\"decreeNumber\":\"PAS-1\",\"grantedOn\":\""
                + TODAY + "\"}").statusCode(400).body("violations.field", hasItem("decreeDate"));
        act(TestTokens.REGISTRAR, id, "remissions", "{\"days\":10,\"decreeNumber\":\"PAS-1\",\"decreeDate\":\"" + TODAY
                + "\",\"grantedOn\":\"" + TODAY + "\"}").statusCode(400).body("violations.field", hasItem("type"));
        act(TestTokens.SECURITY, id, "remissions", remission("GENERAL", null, 10, TODAY)).statusCode(403);
    }

    @Test
    void aRegisterFSanctionInTheLastSixMonthsBlocksAndItsAnnulmentUnblocks() {
        String id = convictServing(400);
        long recent = recordSanction(TestTokens.SECURITY, id, sanction(TODAY.minusDays(30), TODAY.minusDays(25), "KPTS-F-1"))
                .statusCode(201).body("annulled", equalTo(false)).body("recordedBy", equalTo("kamtib-1"))
                .extract().jsonPath().getLong("id");
        // A sanction that ended more than six months ago no longer counts.
        recordSanction(TestTokens.LAPAS_HEAD, id, sanction(TODAY.minusDays(250), TODAY.minusDays(200), "KPTS-F-0")).statusCode(201);

        refusedFor(grant(id, "GENERAL", null, 30, TODAY), "GOOD_CONDUCT", "Permenkumham 3/2018 Pasal 7");
        grant(id, "SPECIAL", null, 30, TODAY).statusCode(422).body("detail", containsString("KPTS-F-1"));

        annul(TestTokens.LAPAS_HEAD, id, recent).statusCode(200).body("annulled", equalTo(true))
                .body("annulledBy", equalTo("kalapas")).body("annulmentReason", equalTo("Set aside on review"));
        annul(TestTokens.SECURITY, id, recent).statusCode(409).body("type", equalTo(PROBLEMS + "entry-already-annulled"));
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id + "/disciplinary-register").then().statusCode(200)
                .body("items.decisionNumber", contains("KPTS-F-1", "KPTS-F-0"))
                .body("items.annulled", contains(true, false));

        grant(id, "GENERAL", null, 30, TODAY).statusCode(200).body("sentence.remissionDays", equalTo(30));
    }

    @Test
    void registerFIsKeptBySecurityAndTheHead() {
        String id = convictServing(400);
        String body = sanction(TODAY.minusDays(3), TODAY.minusDays(1), "KPTS-F-9");
        recordSanction(TestTokens.REGISTRAR, id, body).statusCode(403).contentType("application/problem+json");
        recordSanction(TestTokens.PROGRAM_OFFICER, id, body).statusCode(403);
        recordSanction(TestTokens.POLRES_HEAD, id, body).statusCode(403);
        long entry = recordSanction(TestTokens.SECURITY, id, body).statusCode(201).extract().jsonPath().getLong("id");
        annul(TestTokens.REGISTRAR, id, entry).statusCode(403);
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/" + id + "/disciplinary-register").then().statusCode(403);
        as(TestTokens.AUDITOR).when().get("/api/v1/inmates/" + id + "/disciplinary-register").then().statusCode(200)
                .body("items.decisionNumber", contains("KPTS-F-9"));

        String unknown = UUID.randomUUID().toString();
        recordSanction(TestTokens.SECURITY, unknown, body).statusCode(404);
        annul(TestTokens.SECURITY, convictServing(400), entry).statusCode(404);
        recordSanction(TestTokens.SECURITY, id, sanction(TODAY, TODAY.minusDays(1), "KPTS-F-10")).statusCode(422)
                .body("type", equalTo(PROBLEMS + "sanction-ends-before-it-starts")).body("field", equalTo("sanctionEnd"));
        recordSanction(TestTokens.SECURITY, id, "{\"violation\":\"x\"}").statusCode(400);

        String released = convictServing(400);
        act(TestTokens.REGISTRAR, released, "release", "{\"reason\":\"END_OF_SENTENCE\",\"releasedOn\":\"" + TODAY + "\"}")
                .statusCode(200);
        recordSanction(TestTokens.SECURITY, released, body).statusCode(409).body("type", equalTo(PROBLEMS + "not-in-custody"));
    }
}
