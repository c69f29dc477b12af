package id.sinergi.inmate;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.inmate.service.NoticeJob;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.RecordedEvents;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.sinergi.inmate.Register.act;
import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static id.sinergi.inmate.Register.randomNik;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 20 point 2: detention as it is lived. Extensions and handovers are checked against the
 * limits of the code that governs the case (rules/detention-limits.csv: UU 8/1981 Pasal 24-29 for
 * cases begun before 2 January 2026), move the register class and the end of the detention, and the
 * notices (D-10, D-3, D-0, overdue) follow the current end.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class DetentionTest {

    private static final String PROBLEMS = "https://sinergi.id/problems/";
    private static final String POLRES = "Satreskrim Polres Hulu Sungai Utara";

    @Inject
    NoticeJob notices;

    private static LocalDate today() {
        return LocalDate.now();
    }

    /** A detainee of the stage, admitted on {@code admittedOn}, whose case began on {@code caseBegunOn}. */
    private static String detainee(String stage, LocalDate admittedOn, LocalDate endsOn, LocalDate caseBegunOn) {
        return admitted("""
                {"fullName":"Tahanan Polres","nik":"%s","sex":"MALE","nationality":"IDN","registerClass":"%s",
                 "detainingAuthority":"%s","detentionEndsOn":"%s","detentionOrderNumber":"SP.Han/112/XI/2026/Reskrim",
                 "detentionOrderDate":"%s","admittedOn":"%s",
                 "offences":[{"article":"Pasal 363","law":"KUHP","caseBegunOn":"%s"}],"cellBlock":"A-1","riskLevel":"MEDIUM"}"""
                .formatted(randomNik(), stage, POLRES, endsOn, admittedOn, admittedOn, caseBegunOn));
    }

    /** A detainee of A.I admitted today under the old KUHAP (case begun in 2025). */
    private static String oldCodeDetainee(LocalDate endsOn) {
        return detainee("A.I", today(), endsOn, LocalDate.of(2025, 12, 20));
    }

    private static String extension(LocalDate endsOn, String ground) {
        return """
                {"orderNumber":"B-%s/O.3.21/Eoh.1/2026","orderDate":"%s","issuedBy":"Kejaksaan Negeri Hulu Sungai Utara",
                 "endsOn":"%s","exceptionalGround":%s}""".formatted(UUID.randomUUID(), today(), endsOn,
                ground == null ? "null" : "\"" + ground + "\"");
    }

    private static String handover(String stage, LocalDate startsOn, LocalDate endsOn) {
        return """
                {"stage":"%s","orderNumber":"PRINT-%s","orderDate":"%s","authority":"Kejaksaan Negeri Hulu Sungai Utara",
                 "startsOn":"%s","endsOn":"%s"}""".formatted(stage, UUID.randomUUID(), today(), startsOn, endsOn);
    }

    private static JsonPath detention(String id) {
        return as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id + "/detention").then().statusCode(200)
                .extract().jsonPath();
    }

    /** The detention-expiring notices of a WBP as "end date D-n", oldest first. */
    private static List<String> expiring(String id) {
        return RecordedEvents.events(id, "inmate.detention-expiring").stream()
                .map(e -> e.get("detentionEndsOn").asText() + " D-" + e.get("daysBefore").asInt()).toList();
    }

    @Test
    void anExtensionWithinTheLimitMovesTheEndAndTheNoticesFollowIt() {
        LocalDate firstEnd = today().plusDays(10);
        String id = oldCodeDetainee(firstEnd);
        notices.sendDue(today());
        assertThat(expiring(id)).containsExactly(firstEnd + " D-10");

        // Pasal 24: 20 days by the investigator + 40 by the prosecutor, from the first day (today): until today + 59.
        LocalDate newEnd = today().plusDays(59);
        act(TestTokens.REGISTRAR, id, "detention-extensions", extension(newEnd, null)).statusCode(200)
                .body("detentionEndsOn", equalTo(newEnd.toString())).body("registerClass", equalTo("A.I"));
        JsonNode extended = RecordedEvents.events(id, "inmate.detention-extended").get(0);
        assertThat(extended.get("previousEndsOn").asText()).isEqualTo(firstEnd.toString());
        assertThat(extended.get("detentionEndsOn").asText()).isEqualTo(newEnd.toString());
        assertThat(extended.get("article").asText()).isEqualTo("UU 8/1981 Pasal 24");
        assertThat(extended.at("/inmate/expectedRelease").asText()).isEqualTo(newEnd.toString());

        notices.sendDue(firstEnd.minusDays(3));
        notices.sendDue(firstEnd);
        assertThat(expiring(id)).as("the old end's D-3 and D-0 are not sent: the detention no longer ends then")
                .containsExactly(firstEnd + " D-10");
        notices.sendDue(newEnd.minusDays(10));
        notices.sendDue(newEnd.minusDays(3));
        notices.sendDue(newEnd);
        notices.sendDue(newEnd);
        assertThat(expiring(id)).containsExactly(firstEnd + " D-10", newEnd + " D-10", newEnd + " D-3", newEnd + " D-0");
        assertThat(RecordedEvents.events(id, "inmate.detention-overdue")).isEmpty();

        notices.sendDue(newEnd.plusDays(1));
        notices.sendDue(newEnd.plusDays(2));
        List<JsonNode> overdue = RecordedEvents.events(id, "inmate.detention-overdue");
        assertThat(overdue).as("one overdue notice per detention end").hasSize(1);
        assertThat(overdue.get(0).get("detentionEndsOn").asText()).isEqualTo(newEnd.toString());
        assertThat(overdue.get(0).get("daysOverdue").asInt()).isEqualTo(1);
        assertThat(overdue.get(0).get("detainingAuthority").asText()).isEqualTo(POLRES);
    }

    @Test
    void anExtensionBeyondTheStageLimitIs422NamingTheArticle() {
        String id = oldCodeDetainee(today().plusDays(19));
        act(TestTokens.REGISTRAR, id, "detention-extensions", extension(today().plusDays(60), null)).statusCode(422)
                .body("type", equalTo(PROBLEMS + "detention-limit-exceeded")).body("field", equalTo("endsOn"))
                .body("detail", containsString("UU 8/1981 Pasal 24")).body("detail", containsString(today().plusDays(59).toString()));
        act(TestTokens.REGISTRAR, id, "detention-extensions", extension(today().plusDays(19), null)).statusCode(422)
                .body("type", equalTo(PROBLEMS + "detention-extension-not-later"));

        // Extensions add up: a second one is checked against the stage's whole length.
        act(TestTokens.REGISTRAR, id, "detention-extensions", extension(today().plusDays(40), null)).statusCode(200);
        act(TestTokens.REGISTRAR, id, "detention-extensions", extension(today().plusDays(70), null)).statusCode(422)
                .body("type", equalTo(PROBLEMS + "detention-limit-exceeded"));
        // Pasal 29: with an exceptional ground, 30 + 30 more days.
        act(TestTokens.REGISTRAR, id, "detention-extensions", extension(today().plusDays(120), "PUNISHABLE_BY_NINE_YEARS_OR_MORE"))
                .statusCode(422).body("detail", containsString("UU 8/1981 Pasal 29"));
        act(TestTokens.REGISTRAR, id, "detention-extensions", extension(today().plusDays(119), "PUNISHABLE_BY_NINE_YEARS_OR_MORE"))
                .statusCode(200);
        assertThat(RecordedEvents.events(id, "inmate.detention-extended").stream().map(e -> e.get("article").asText()))
                .containsExactly("UU 8/1981 Pasal 24", "UU 8/1981 Pasal 29");
        assertThat(detention(id).getList("orders.kind", String.class)).containsExactly("INITIAL", "EXTENSION", "EXTENSION");
    }

    @Test
    void aCaseBegunUnderTheNewKuhapIsCheckedAgainstUu20Of2025() {
        String id = detainee("A.I", today(), today().plusDays(19), LocalDate.of(2026, 1, 5));
        act(TestTokens.REGISTRAR, id, "detention-extensions", extension(today().plusDays(60), null)).statusCode(422)
                .body("detail", containsString("UU 20/2025"));
        JsonPath detention = detention(id);
        assertThat(detention.getString("code")).isEqualTo("UU-20-2025");
        assertThat(detention.getString("caseBegunOn")).isEqualTo("2026-01-05");
    }

    @Test
    void aHandoverMovesTheDetaineeToTheNextStageOnly() {
        String id = oldCodeDetainee(today().plusDays(19));
        act(TestTokens.REGISTRAR, id, "detention-handovers", handover("A.III", today(), today().plusDays(10))).statusCode(422)
                .body("type", equalTo(PROBLEMS + "detention-handover-out-of-order")).body("detail", containsString("A.II"));
        // Pasal 25: the prosecutor's first order is at most 20 days.
        LocalDate starts = today().plusDays(5);
        act(TestTokens.REGISTRAR, id, "detention-handovers", handover("A.II", starts, starts.plusDays(20))).statusCode(422)
                .body("type", equalTo(PROBLEMS + "detention-limit-exceeded")).body("detail", containsString("UU 8/1981 Pasal 25"));

        act(TestTokens.REGISTRAR, id, "detention-handovers", handover("A.II", starts, starts.plusDays(19))).statusCode(200)
                .body("registerClass", equalTo("A.II")).body("detentionEndsOn", equalTo(starts.plusDays(19).toString()))
                .body("detainingAuthority", equalTo("Kejaksaan Negeri Hulu Sungai Utara"));
        JsonNode handedOver = RecordedEvents.events(id, "inmate.detention-handed-over").get(0);
        assertThat(handedOver.get("previousStage").asText()).isEqualTo("A.I");
        assertThat(handedOver.get("stage").asText()).isEqualTo("A.II");
        assertThat(handedOver.at("/inmate/registerClass").asText()).isEqualTo("A.II");

        JsonPath detention = detention(id);
        assertThat(detention.getString("stage")).isEqualTo("A.II");
        assertThat(detention.getString("stageStartedOn")).isEqualTo(starts.toString());
        assertThat(detention.getString("stageLastDay")).as("20 + 30 days from the handover").isEqualTo(starts.plusDays(49).toString());
        assertThat(detention.getString("article")).isEqualTo("UU 8/1981 Pasal 25");
        assertThat(detention.getList("orders.kind", String.class)).containsExactly("INITIAL", "HANDOVER");
        assertThat(detention.getList("orders.stage", String.class)).containsExactly("A.I", "A.II");

        // The new stage is extended by its own limit, counted from the handover.
        act(TestTokens.REGISTRAR, id, "detention-extensions", extension(starts.plusDays(50), null)).statusCode(422);
        act(TestTokens.REGISTRAR, id, "detention-extensions", extension(starts.plusDays(49), null)).statusCode(200);
    }

    @Test
    void theSupremeCourtIsTheLastStage() {
        String id = detainee("A.V", today(), today().plusDays(30), LocalDate.of(2025, 6, 1));
        act(TestTokens.REGISTRAR, id, "detention-handovers", handover("A.V", today(), today().plusDays(10))).statusCode(422)
                .body("type", equalTo(PROBLEMS + "detention-handover-out-of-order"));
    }

    @Test
    void onlyDetaineesHaveTheirDetentionExtended() {
        String id = admitted(convict("Sudah Divonis"));
        act(TestTokens.REGISTRAR, id, "detention-extensions", extension(today().plusDays(10), null)).statusCode(409)
                .body("type", equalTo(PROBLEMS + "transition-not-allowed"));
        act(TestTokens.REGISTRAR, id, "detention-handovers", handover("A.II", today(), today().plusDays(10))).statusCode(409);
        act(TestTokens.POLRES_OFFICER, id, "detention-extensions", extension(today().plusDays(10), null)).statusCode(403);
    }

    @Test
    void aDetentionThatEndedWithNothingRecordedIsOverdueUntilAnExtension() {
        String id = detainee("A.II", today().minusDays(30), today().minusDays(5), LocalDate.of(2025, 11, 1));
        assertThat(detention(id).getBoolean("overdue")).isTrue();
        act(TestTokens.REGISTRAR, id, "detention-extensions", extension(today().plusDays(19), null)).statusCode(200);
        assertThat(detention(id).getBoolean("overdue")).isFalse();
    }

    @Test
    void anAdmittedOrderBeyondTheWholeStageIsRefused() {
        // A.I: 20 + 40 + 60 (Pasal 29) days at most from the first day of the detention.
        Register.admit("""
                {"fullName":"Terlalu Lama","nik":"%s","sex":"MALE","nationality":"IDN","registerClass":"A.I",
                 "detainingAuthority":"%s","detentionEndsOn":"%s","detentionStartsOn":"%s",
                 "offences":[{"article":"Pasal 363","law":"KUHP"}],"cellBlock":"A-1","riskLevel":"MEDIUM"}"""
                .formatted(randomNik(), POLRES, today().plusDays(115), today().minusDays(5))).then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "detention-limit-exceeded")).body("field", equalTo("detentionEndsOn"));
    }

    @Test
    void anOrderSentThroughLiaisonIsRecordedOnce() {
        String id = oldCodeDetainee(today().plusDays(10));
        UUID request = UUID.randomUUID();
        String body = extension(today().plusDays(30), null).replace("}", ",\"liaisonRequestId\":\"" + request + "\"}");
        act(TestTokens.REGISTRAR, id, "detention-extensions", body).statusCode(200);
        assertThat(RecordedEvents.events(id, "inmate.detention-extended").get(0).get("liaisonRequestId").asText())
                .isEqualTo(request.toString());
        act(TestTokens.REGISTRAR, id, "detention-extensions", body.replace(today().plusDays(30).toString(), today().plusDays(40).toString()))
                .statusCode(409).body("type", equalTo(PROBLEMS + "duplicate-liaison-request"));
    }

    @Test
    void theLimitsAreServedWithTheirArticles() {
        JsonPath limits = as(TestTokens.POLRES_OFFICER).when().get("/api/v1/detention-limits").then().statusCode(200)
                .extract().jsonPath();
        assertThat(limits.getList("findAll { it.code == 'UU-8-1981' }.article", String.class)).containsExactly(
                "UU 8/1981 Pasal 24", "UU 8/1981 Pasal 25", "UU 8/1981 Pasal 26", "UU 8/1981 Pasal 27", "UU 8/1981 Pasal 28");
        assertThat(limits.getList("findAll { it.code == 'UU-8-1981' }.initialDays", Integer.class)).containsExactly(20, 20, 30, 30, 50);
        assertThat(limits.getList("findAll { it.code == 'UU-8-1981' }.extensionDays", Integer.class)).containsExactly(40, 30, 60, 60, 60);
        assertThat(limits.getList("findAll { it.code == 'UU-20-2025' }.verified", Boolean.class)).containsOnly(false);
    }
}
