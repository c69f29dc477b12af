package id.sinergi.inmate;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.inmate.service.NoticeJob;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.RecordedEvents;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static id.sinergi.inmate.Register.act;
import static id.sinergi.inmate.Register.admit;
import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.randomNik;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 20 point 3: sentences as courts pass them. Kinds, the register class checked against the
 * registration standard (rules/register-classes.csv), substitute custody in the expiry until the fine
 * is paid, no key dates for life and death, and the decree that commutes them.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class SentenceTest {

    private static final String PROBLEMS = "https://sinergi.id/problems/";

    @Inject
    NoticeJob notices;

    /** A convict's admission with the sentence as given (a JSON object) in the given class. */
    private static String admission(String name, String registerClass, String sentence) {
        return """
                {"fullName":"%s","nik":"%s","sex":"MALE","nationality":"IDN","registerClass":"%s",
                 "offences":[{"article":"Pasal 340","law":"KUHP","caseBegunOn":"2010-06-01"}],
                 "sentence":%s,"cellBlock":"C-1","riskLevel":"HIGH"}""".formatted(name, randomNik(), registerClass, sentence);
    }

    private static ValidatableResponse refused(String registerClass, String sentence, String type) {
        return admit(admission("Refused", registerClass, sentence)).then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + type));
    }

    private static ValidatableResponse keyDates(String id) {
        return as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id + "/key-dates").then().statusCode(200);
    }

    @Test
    void theRegisterClassMustBeTheOneTheRegistrationStandardGivesTheSentence() {
        refused("B.IIb", "{\"start\":\"2026-01-15\",\"years\":5,\"months\":0,\"days\":0}", "register-class-mismatch")
                .body("field", equalTo("registerClass"))
                .body("expectedRegisterClass", equalTo("B.I"))
                .body("detail", containsString("B.IIb is for IMPRISONMENT up to 3 months"))
                .body("detail", containsString("PAS-170.PK.01.01.02 Tahun 2015"));
        // Exactly one year is not "more than one year": B.IIa.
        refused("B.I", "{\"start\":\"2026-01-15\",\"years\":1,\"months\":0,\"days\":0}", "register-class-mismatch")
                .body("expectedRegisterClass", equalTo("B.IIa"));
        refused("B.IIa", "{\"start\":\"2026-01-15\",\"years\":0,\"months\":3,\"days\":0}", "register-class-mismatch")
                .body("expectedRegisterClass", equalTo("B.IIb"));
        refused("B.I", "{\"kind\":\"CONFINEMENT\",\"start\":\"2026-01-15\",\"years\":0,\"months\":6,\"days\":0}",
                "register-class-mismatch").body("expectedRegisterClass", equalTo("B.III"));

        // The request of before sentence kinds: imprisonment.
        admit(admission("Tanpa Jenis", "B.IIa", "{\"start\":\"2026-01-15\",\"years\":0,\"months\":3,\"days\":1}"))
                .then().statusCode(201).body("sentence.kind", equalTo("IMPRISONMENT"));
        admit(admission("Kurungan", "B.III", "{\"kind\":\"CONFINEMENT\",\"start\":\"2026-01-15\",\"years\":0,\"months\":6,\"days\":0}"))
                .then().statusCode(201).body("sentence.kind", equalTo("CONFINEMENT")).body("sentence.expiresOn", equalTo("2026-07-15"));
        admit(admission("Jenis Asing", "B.I", "{\"kind\":\"EXILE\",\"start\":\"2026-01-15\",\"years\":2,\"months\":0,\"days\":0}"))
                .then().statusCode(400);
    }

    @Test
    void eachKindHasTheShapeTheLawGivesIt() {
        refused("B.III", "{\"kind\":\"CONFINEMENT\",\"start\":\"2026-01-15\",\"years\":1,\"months\":5,\"days\":0}", "confinement-too-long")
                .body("detail", containsString("KUHP Pasal 18"));
        refused("B.I", "{\"kind\":\"LIFE\",\"start\":\"2026-01-15\",\"years\":20,\"months\":0,\"days\":0}", "term-not-allowed");
        refused("B.I", "{\"kind\":\"IMPRISONMENT\",\"start\":\"2026-01-15\",\"years\":0,\"months\":0,\"days\":0}", "sentence-empty");
        refused("B.III", "{\"kind\":\"FINE\",\"start\":\"2026-01-15\",\"years\":0,\"months\":0,\"days\":0,\"fineAmount\":5000000}",
                "fine-substitute-required");
        refused("B.I", "{\"start\":\"2026-01-15\",\"years\":2,\"months\":0,\"days\":0,\"fineSubstituteDays\":30}",
                "substitute-without-fine").body("field", equalTo("sentence.fineAmount"));
        refused("B.I", "{\"kind\":\"DEATH\",\"start\":\"2026-01-15\",\"years\":0,\"months\":0,\"days\":0,\"fineAmount\":1000000,"
                + "\"fineSubstituteMonths\":6}", "substitute-without-term");
    }

    @Test
    void aPaidFineTakesItsSubstituteCustodyOutOfTheExpiry() {
        String id = admitted(admission("Denda Subsider", "B.I", "{\"start\":\"2026-01-15\",\"years\":2,\"months\":0,\"days\":0,"
                + "\"fineAmount\":1000000000,\"fineSubstituteMonths\":3}"));
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id).then().statusCode(200)
                .body("sentence.expiresOn", equalTo("2028-04-15"))
                .body("sentence.finePaid", nullValue())
                .body("allowedActions", hasItem("record-fine-payment"));
        // The fractions count on the term; the substitute custody follows it.
        keyDates(id).body("twoThirds", equalTo("2027-05-17")).body("expiry", equalTo("2028-04-15"));

        act(TestTokens.REGISTRAR, id, "fine-payments", "{\"receiptNumber\":\"KW-1\",\"paidOn\":\"2026-11-20\",\"amount\":500000000}")
                .statusCode(422).body("type", equalTo(PROBLEMS + "fine-payment-incomplete"))
                .body("detail", containsString("KUHP Pasal 31 ayat (3)"));
        act(TestTokens.SECURITY, id, "fine-payments", "{\"receiptNumber\":\"KW-1\",\"paidOn\":\"2026-11-20\",\"amount\":1000000000}")
                .statusCode(403);
        act(TestTokens.REGISTRAR, id, "fine-payments", "{\"receiptNumber\":\"KW-0412/Eku/11/2026\",\"paidOn\":\"2026-11-20\","
                + "\"amount\":1000000000}").statusCode(200)
                .body("sentence.expiresOn", equalTo("2028-01-15"))
                .body("sentence.finePaid.receiptNumber", equalTo("KW-0412/Eku/11/2026"))
                .body("sentence.finePaid.paidOn", equalTo("2026-11-20"))
                .body("allowedActions", not(hasItem("record-fine-payment")));
        keyDates(id).body("twoThirds", equalTo("2027-05-17")).body("expiry", equalTo("2028-01-15"));
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/" + id).then().statusCode(200)
                .body("view", equalTo("BASIC")).body("expectedRelease", equalTo("2028-01-15"));
        JsonNode paid = RecordedEvents.events(id, "inmate.fine-paid").get(0);
        assertThat(paid.get("receiptNumber").asText()).isEqualTo("KW-0412/Eku/11/2026");
        assertThat(paid.get("previousExpiry").asText()).isEqualTo("2028-04-15");
        assertThat(paid.get("expiresOn").asText()).isEqualTo("2028-01-15");
        assertThat(paid.at("/inmate/expectedRelease").asText()).isEqualTo("2028-01-15");

        act(TestTokens.REGISTRAR, id, "fine-payments", "{\"receiptNumber\":\"KW-2\",\"paidOn\":\"2026-11-20\",\"amount\":1000000000}")
                .statusCode(409).body("type", equalTo(PROBLEMS + "transition-not-allowed"));
    }

    @Test
    void releaseDueNoticesFollowTheExpiryOnceTheFineIsPaid() {
        LocalDate today = LocalDate.now();
        LocalDate start = today.minusYears(1).plusDays(20);
        LocalDate termEnds = start.plusYears(1);
        String id = admitted(admission("Segera Bebas", "B.IIa", "{\"start\":\"" + start + "\",\"years\":1,\"months\":0,\"days\":0,"
                + "\"fineAmount\":2000000,\"fineSubstituteDays\":90}"));
        notices.sendDue(today);
        assertThat(RecordedEvents.events(id, "inmate.release-due")).as("the substitute custody is still to serve").isEmpty();

        act(TestTokens.REGISTRAR, id, "fine-payments", "{\"receiptNumber\":\"KW-3\",\"paidOn\":\"" + today + "\",\"amount\":2000000}")
                .statusCode(200).body("sentence.expiresOn", equalTo(termEnds.toString()));
        notices.sendDue(today);
        JsonNode due = RecordedEvents.events(id, "inmate.release-due").get(0);
        assertThat(due.get("releaseOn").asText()).isEqualTo(termEnds.toString());
    }

    @Test
    void aFineAloneIsServedAsItsSubstituteCustodyUntilPaid() {
        LocalDate start = LocalDate.now().minusDays(10);
        refused("B.IIb", "{\"kind\":\"FINE\",\"start\":\"" + start + "\",\"years\":0,\"months\":0,\"days\":0,"
                + "\"fineAmount\":5000000,\"fineSubstituteMonths\":2}", "register-class-mismatch")
                .body("expectedRegisterClass", equalTo("B.III"));
        String id = admitted(admission("Hanya Denda", "B.III", "{\"kind\":\"FINE\",\"start\":\"" + start + "\",\"years\":0,"
                + "\"months\":0,\"days\":0,\"fineAmount\":5000000,\"fineSubstituteMonths\":2}"));
        keyDates(id).body("sentenceKind", equalTo("FINE")).body("oneThird", nullValue()).body("twoThirds", nullValue())
                .body("paroleEligibleFrom", nullValue()).body("expiry", equalTo(start.plusMonths(2).toString()));
        act(TestTokens.REGISTRAR, id, "remissions", "{\"type\":\"GENERAL\",\"days\":5,\"decreeNumber\":\"R-F\",\"decreeDate\":\"" + LocalDate.now() + "\",\"grantedOn\":\"" + LocalDate.now() + "\"}")
                .statusCode(422).body("type", equalTo(PROBLEMS + "remission-without-term"));
        // Paying frees him from the substitute custody that day (KUHP Pasal 31 ayat (2)).
        act(TestTokens.REGISTRAR, id, "fine-payments", "{\"receiptNumber\":\"KW-4\",\"paidOn\":\"" + LocalDate.now()
                + "\",\"amount\":5000000}").statusCode(200).body("sentence.expiresOn", equalTo(LocalDate.now().toString()));
    }

    @Test
    void aLifeSentenceHasNoKeyDatesUntilADecreeCommutesItToATerm() {
        String id = admitted(admission("Seumur Hidup", "B.I", "{\"kind\":\"LIFE\",\"start\":\"2011-03-01\",\"years\":0,\"months\":0,\"days\":0}"));
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id).then().statusCode(200)
                .body("sentence.kind", equalTo("LIFE")).body("sentence.expiresOn", nullValue())
                .body("allowedActions", hasItem("commute-sentence"));
        keyDates(id).body("sentenceKind", equalTo("LIFE")).body("oneThird", nullValue()).body("half", nullValue())
                .body("twoThirds", nullValue()).body("expiry", nullValue()).body("paroleEligibleFrom", nullValue());
        act(TestTokens.REGISTRAR, id, "remissions", "{\"type\":\"GENERAL\",\"days\":30,\"decreeNumber\":\"R-L\",\"decreeDate\":\"2026-08-17\",\"grantedOn\":\"2026-08-17\"}")
                .statusCode(422).body("type", equalTo(PROBLEMS + "remission-without-term"))
                .body("detail", containsString("UU 22/2022 Pasal 10 ayat (4)"));

        String commutation = "{\"decreeNumber\":\"12/G/2026\",\"decreedOn\":\"2026-11-20\",\"years\":%d,\"months\":%d%s}";
        act(TestTokens.REGISTRAR, id, "sentence-commutations", commutation.formatted(20, 0, ",\"to\":\"LIFE\""))
                .statusCode(422).body("type", equalTo(PROBLEMS + "commutation-not-allowed"));
        act(TestTokens.REGISTRAR, id, "sentence-commutations", commutation.formatted(20, 6, ""))
                .statusCode(422).body("type", equalTo(PROBLEMS + "commuted-term-too-long"));
        act(TestTokens.REGISTRAR, id, "sentence-commutations", commutation.formatted(21, 0, "")).statusCode(400);
        act(TestTokens.REGISTRAR, id, "sentence-commutations", commutation.formatted(20, 0, "")).statusCode(200)
                .body("sentence.kind", equalTo("IMPRISONMENT"))
                .body("sentence.years", equalTo(20))
                .body("sentence.start", equalTo("2011-03-01"))
                .body("sentence.expiresOn", equalTo("2031-03-01"))
                .body("sentence.commutation.decreeNumber", equalTo("12/G/2026"))
                .body("sentence.commutation.from", equalTo("LIFE"))
                .body("allowedActions", not(hasItem("commute-sentence")));
        keyDates(id).body("twoThirds", equalTo("2024-06-30")).body("expiry", equalTo("2031-03-01"));
        JsonNode commuted = RecordedEvents.events(id, "inmate.sentence-commuted").get(0);
        assertThat(commuted.get("previousKind").asText()).isEqualTo("LIFE");
        assertThat(commuted.get("kind").asText()).isEqualTo("IMPRISONMENT");
        assertThat(commuted.at("/sentence/years").asInt()).isEqualTo(20);
        assertThat(commuted.get("expiresOn").asText()).isEqualTo("2031-03-01");

        // Now a term: remissions apply, a second commutation does not.
        act(TestTokens.REGISTRAR, id, "remissions", "{\"type\":\"GENERAL\",\"days\":30,\"decreeNumber\":\"R-L2\",\"decreeDate\":\"2026-11-21\",\"grantedOn\":\"2026-11-21\"}")
                .statusCode(200).body("sentence.expiresOn", equalTo("2031-01-30"));
        act(TestTokens.REGISTRAR, id, "sentence-commutations", commutation.formatted(15, 0, "")).statusCode(409);
    }

    @Test
    void aDeathSentenceIsCommutedToLife() {
        String id = admitted(admission("Pidana Mati", "B.I", "{\"kind\":\"DEATH\",\"start\":\"2014-05-01\",\"years\":0,\"months\":0,\"days\":0}"));
        act(TestTokens.REGISTRAR, id, "sentence-commutations", "{\"decreeNumber\":\"3/KEPPRES/2026\",\"decreedOn\":\"2026-10-01\","
                + "\"to\":\"LIFE\",\"years\":0,\"months\":0}").statusCode(200)
                .body("sentence.kind", equalTo("LIFE")).body("sentence.expiresOn", nullValue())
                .body("sentence.commutation.from", equalTo("DEATH"))
                .body("allowedActions", hasItem("commute-sentence"));
        JsonNode commuted = RecordedEvents.events(id, "inmate.sentence-commuted").get(0);
        assertThat(commuted.get("kind").asText()).isEqualTo("LIFE");
        assertThat(commuted.get("sentence").isNull()).isTrue();
    }
}
