package id.sinergi.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crime-prevention loop between the Lapas and Polres (issue 21), through the gateway with each
 * role's token: findings and incidents that change risk, Polres follow-up that blocks parole, Polres
 * officers in the programmes they co-organise, re-offences measured, release plans that reach the
 * right Polres, and information requests that open only what was asked.
 */
class LoopStoriesIT {

    private static final String TABALONG = "POLRES-TABALONG";

    private static Gateway gateway;

    private final LocalDate today = LocalDate.now();
    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @BeforeAll
    static void stack() {
        gateway = Gateway.of();
    }

    @Test
    void aRaidFindingOpensARiskReviewWhoseConfirmedViolationRefusesTheRemission() {
        String inmate = Admissions.admit(gateway, Admissions.convict("Ahmad Rizani", Admissions.nik(), "MEDIUM", 400));
        Admissions.awaitKnownToLiaison(List.of(inmate));

        Gateway.Answer planned = gateway.post("/api/v1/liaison/joint-operations").as(Actors.SECURITY).json(Map.of(
                "name", "Razia gabungan Blok A " + run, "plannedFor", OffsetDateTime.now(ZoneOffset.UTC).toString(),
                "blocks", List.of("A-2"), "units", List.of("Satsamapta Polres HSU", "Regu pengamanan Lapas"),
                "polresUnit", Actors.POLRES_UNIT)).send();
        assertThat(planned.status()).as("plan: %s", planned).isEqualTo(201);
        String operation = planned.json().path("id").asText();
        Gateway.Answer conducted = gateway.post("/api/v1/liaison/joint-operations/" + operation + "/conduct").as(Actors.SECURITY)
                .ifMatch(planned.header("ETag")).json(Map.of()).send();
        assertThat(conducted.status()).as("conduct: %s", conducted).isEqualTo(200);
        Gateway.Answer found = gateway.post("/api/v1/liaison/joint-operations/" + operation + "/findings").as(Actors.SECURITY)
                .ifMatch(conducted.header("ETag")).json(Map.of("kind", "MOBILE_PHONE", "description",
                        "Telepon genggam di balik kloset kamar A-2", "quantity", 1, "block", "A-2", "inmateId", inmate)).send();
        assertThat(found.status()).as("finding: %s", found).isBetween(200, 201);

        // The finding reaches inmate-service by event and opens a review for the WBP it names.
        JsonNode pending = StoryIT.awaitJson(() -> gateway.get("/api/v1/inmates/risk-reviews?pending=true&inmateId=" + inmate)
                .as(Actors.SECURITY).send(), page -> page.path("total").asInt() == 1);
        JsonNode review = pending.path("items").get(0);
        assertThat(review.path("source").asText()).isEqualTo("FINDING");

        Map<String, Object> resolution = new LinkedHashMap<>();
        resolution.put("assessment", Map.of("riskLevel", "HIGH", "reason", "Telepon genggam ditemukan saat razia gabungan"));
        resolution.put("violation", Map.of("violation", "Menyimpan telepon genggam di kamar hunian",
                "decisionNumber", "W15.PAS.6-PK.04.01-" + run + "/2026", "decisionDate", today.toString(),
                "sanction", "Strafsel 6 hari; kunjungan ditunda", "sanctionStart", today.toString(),
                "sanctionEnd", today.plusDays(6).toString()));
        Gateway.Answer resolved = gateway.post("/api/v1/inmates/risk-reviews/" + review.path("id").asText() + "/resolution")
                .as(Actors.SECURITY).ifMatch(reviewETag(review)).json(resolution).send();
        assertThat(resolved.status()).as("resolution: %s", resolved).isEqualTo(200);

        JsonNode record = StoryIT.ok(gateway.get("/api/v1/inmates/" + inmate).as(Actors.REGISTRAR).send());
        assertThat(record.path("riskLevel").asText()).isEqualTo("HIGH");
        JsonNode register = StoryIT.ok(gateway.get("/api/v1/inmates/" + inmate + "/disciplinary-register").as(Actors.SECURITY).send());
        assertThat(register.path("items")).hasSize(1);
        assertThat(StoryIT.ok(gateway.get("/api/v1/inmates/risk-reviews?pending=true&inmateId=" + inmate).as(Actors.HEAD).send())
                .path("total").asInt()).isZero();

        Gateway.Answer remission = gateway.post("/api/v1/inmates/" + inmate + "/remissions").as(Actors.REGISTRAR)
                .ifMatch(StoryIT.inmateETag(gateway, inmate)).json(Map.of("type", "GENERAL", "days", 30,
                        "decreeNumber", "PAS-" + run + ".PK.01.01.02/2026", "decreeDate", today.toString(),
                        "grantedOn", today.toString())).send();
        assertThat(remission.status()).as("remission: %s", remission).isEqualTo(422);
        assertThat(remission.json().path("type").asText()).endsWith("/remission-not-eligible");
        assertThat(remission.json().path("condition").asText()).isEqualTo("GOOD_CONDUCT");
        assertThat(remission.json().path("rule").asText()).as("the rule is named").isNotBlank();
    }

    @Test
    void aSharedIncidentChargedByPolresIsAPendingCaseThatRefusesParole() {
        String inmate = Admissions.admit(gateway, servedTwoThirds("Budi Santoso"));
        Admissions.awaitKnownToLiaison(List.of(inmate));

        Gateway.Answer reported = gateway.post("/api/v1/liaison/incidents").as(Actors.SECURITY).json(Map.of(
                "type", "NARCOTICS", "severity", "HIGH", "occurredAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).toString(),
                "place", "Blok A kamar 2", "description", "Sabu 0,5 gram ditemukan pada WBP",
                "involved", List.of(Map.of("inmateId", inmate, "role", "SUSPECT")), "shareWithPolres", true)).send();
        assertThat(reported.status()).as("incident: %s", reported).isEqualTo(201);
        String incident = reported.json().path("id").asText();
        String etag = reported.header("ETag");
        for (Map.Entry<String, Map<String, Object>> step : List.of(
                Map.entry("receive", Map.<String, Object>of("note", "Diterima Satresnarkoba")),
                Map.entry("investigate", Map.<String, Object>of("policeReportNumber", "LP/A/" + run + "/XII/2026/Satresnarkoba")),
                Map.entry("charge", Map.<String, Object>of("note", "Tersangka ditetapkan; berkas ke Kejaksaan")))) {
            Gateway.Answer moved = gateway.post("/api/v1/liaison/incidents/" + incident + "/" + step.getKey())
                    .as(Actors.POLRES_OFFICER).ifMatch(etag).json(step.getValue()).send();
            assertThat(moved.status()).as("%s: %s", step.getKey(), moved).isEqualTo(200);
            etag = moved.header("ETag");
        }
        JsonNode seen = StoryIT.ok(gateway.get("/api/v1/liaison/incidents/" + incident).as(Actors.SECURITY).send());
        assertThat(seen.path("policeFollowUp").path("status").asText()).isEqualTo("CHARGED");

        JsonNode cases = StoryIT.awaitJson(() -> gateway.get("/api/v1/inmates/" + inmate + "/pending-cases").as(Actors.REGISTRAR).send(),
                page -> page.path("items").size() == 1);
        assertThat(cases.path("items").get(0).path("policeReportNumber").asText()).isEqualTo("LP/A/" + run + "/XII/2026/Satresnarkoba");

        Gateway.Answer parole = gateway.post("/api/v1/inmates/" + inmate + "/integrations").as(Actors.REGISTRAR)
                .ifMatch(StoryIT.inmateETag(gateway, inmate)).json(Map.of("kind", "PB", "decreeNumber", "PAS-" + run + ".PK.05.09/2026",
                        "decreeDate", today.toString(), "bapas", "Bapas Kelas II Barabai", "startsOn", today.toString())).send();
        assertThat(parole.status()).as("parole: %s", parole).isEqualTo(422);
        assertThat(parole.json().path("type").asText()).endsWith("/integration-not-eligible");
        assertThat(parole.toString()).contains("PENDING_CASE");
    }

    @Test
    void aSatbinmasOfficerKeepsTheRollOfTheLegalAwarenessSessionAndCoSignsTheCompletion() {
        String inmate = Admissions.admit(gateway, Admissions.convict("Samsul Bahri", Admissions.nik(), "LOW", 400));
        Admissions.awaitKnownToPrograms(List.of(inmate));
        String legal = Programmes.open(gateway, "KES-HUKUM-" + run, "LEGAL_AWARENESS", "Penyuluhan hukum bersama Satbinmas",
                "Polres Hulu Sungai Utara", Actors.POLRES_UNIT);
        String welding = Programmes.open(gateway, "LAS-" + run, "VOCATIONAL", "Pelatihan las listrik", "BLK Amuntai", null);
        String enrolment = Programmes.enrolAndApprove(gateway, legal, inmate);

        assertThat(StoryIT.ok(gateway.get("/api/v1/programs/" + legal).as(Actors.POLRES_OFFICER).send()).path("coOrganiserUnit").asText())
                .isEqualTo(Actors.POLRES_UNIT);
        assertThat(gateway.get("/api/v1/programs/" + welding).as(Actors.POLRES_OFFICER).send().status())
                .as("a programme Polres does not co-organise is outside its scope").isEqualTo(404);
        // The session Satbinmas facilitates: its officer keeps the roll.
        Programmes.attendedSession(gateway, legal, enrolment, Actors.POLRES_UNIT, Actors.POLRES_OFFICER);

        Gateway.Answer completed = Programmes.complete(gateway, enrolment);
        Gateway.Answer coSigned = gateway.post("/api/v1/enrolments/" + enrolment + "/co-signature").as(Actors.POLRES_HEAD)
                .ifMatch(completed.header("ETag")).json(Map.of()).send();
        assertThat(coSigned.status()).as("co-signature: %s", coSigned).isEqualTo(200);
        JsonNode certificate = coSigned.json().path("completion");
        assertThat(certificate.path("issuedBy").path("unit").asText()).as("the Lapas issued it").isEqualTo(Actors.FACILITY);
        assertThat(certificate.path("coSignature").path("unit").asText()).as("Polres co-signed it").isEqualTo(Actors.POLRES_UNIT);
    }

    @Test
    void aReArrestEightMonthsAfterReleaseIsCountedUnderTheProgrammeAndTheRiskLevelAtRelease() {
        String nik = Admissions.nik();
        LocalDate releasedOn = today.minusMonths(8);
        Map<String, Object> admission = Admissions.convict("Hasan Basri", nik, "HIGH", 400);
        LocalDate start = releasedOn.minusMonths(14);
        admission.put("admittedOn", start.toString());
        admission.put("sentence", Map.of("start", start.toString(), "years", 1, "months", 2, "days", 0));
        String inmate = Admissions.admit(gateway, admission);
        Admissions.awaitKnownToPrograms(List.of(inmate));
        Admissions.awaitKnownToLiaison(List.of(inmate));
        String programme = Programmes.open(gateway, "KEM-" + run, "VOCATIONAL", "Kemandirian: pertukangan kayu", "BLK Amuntai", null);
        String enrolment = Programmes.enrolAndApprove(gateway, programme, inmate);
        Programmes.attendedSession(gateway, programme, enrolment, null, Actors.PROGRAM_OFFICER);
        Programmes.complete(gateway, enrolment);
        Admissions.awaitCompletionKnownToLiaison(enrolment);

        Gateway.Answer released = gateway.post("/api/v1/inmates/" + inmate + "/release").as(Actors.REGISTRAR)
                .ifMatch(StoryIT.inmateETag(gateway, inmate))
                .json(Map.of("reason", "END_OF_SENTENCE", "releasedOn", releasedOn.toString())).send();
        assertThat(released.status()).as("release: %s", released).isEqualTo(200);

        Gateway.Answer arrested = gateway.post("/api/v1/inmates/re-arrests").as(Actors.POLRES_OFFICER).json(Map.of(
                "nik", nik, "arrestedOn", today.toString(), "policeReportNumber", "LP/B/" + run + "/XII/2026/SPKT/Polres HSU",
                "article", "Pasal 363 KUHP")).send();
        assertThat(arrested.status()).as("re-arrest: %s", arrested).isEqualTo(201);
        assertThat(arrested.toString()).doesNotContain(nik);

        String month = YearMonth.from(releasedOn).toString();
        String byProgramme = "/api/v1/liaison/indicators?from=" + month + "&to=" + month + "&groupBy=programme-category";
        JsonNode indicators = StoryIT.awaitJson(() -> gateway.get(byProgramme).as(Actors.POLRES_HEAD).send(),
                page -> page.toString().contains("VOCATIONAL"));
        assertThat(indicators.toString()).contains("VOCATIONAL");
        JsonNode releases = StoryIT.ok(gateway.get("/api/v1/liaison/releases?releasedFrom=" + releasedOn + "&releasedTo=" + releasedOn
                + "&programmeCategory=VOCATIONAL&riskLevel=HIGH&reoffendedWithinMonths=12").as(Actors.POLRES_HEAD).send());
        assertThat(releases.path("items").findValuesAsText("inmateId")).contains(inmate);
        JsonNode withinSix = StoryIT.ok(gateway.get("/api/v1/liaison/releases?releasedFrom=" + releasedOn + "&releasedTo=" + releasedOn
                + "&reoffendedWithinMonths=6").as(Actors.POLRES_HEAD).send());
        assertThat(withinSix.path("items").findValuesAsText("inmateId")).doesNotContain(inmate);
    }

    @Test
    void aPersonReleasedToAnotherRegencyIsNotifiedToThatRegencysPolres() {
        String inmate = Admissions.admit(gateway, Admissions.convict("Rahmadi", Admissions.nik(), "HIGH", 400));
        Admissions.awaitKnownToLiaison(List.of(inmate));
        JsonNode units = StoryIT.ok(gateway.get("/api/v1/liaison/polres-units").as(Actors.POLRES_OFFICER).send());
        assertThat(units.toString()).contains("63.08").contains("63.09");

        Admissions.releaseToTabalong(gateway, inmate, today);

        String tabalong = Actors.token("officer-tbl-1", "polres-officer", TABALONG);
        String query = "/api/v1/liaison/notifications?kind=RELEASED&inmateId=" + inmate;
        JsonNode theirs = StoryIT.awaitJson(() -> gateway.get(query).as(tabalong).send(), page -> page.path("total").asInt() == 1);
        assertThat(theirs.path("items").get(0).path("recipient").asText()).isEqualTo(TABALONG);
        JsonNode notification = StoryIT.ok(gateway.get("/api/v1/liaison/notifications/" + theirs.path("items").get(0).path("id").asText())
                .as(tabalong).send());
        assertThat(notification.path("summary").path("releasePlan").path("regencyCode").asText()).isEqualTo("63.09");
        assertThat(StoryIT.ok(gateway.get(query).as(Actors.POLRES_OFFICER).send()).path("total").asInt())
                .as("Polres HSU is not told of a person who lives in Tabalong").isZero();
    }

    @Test
    void anInformationRequestForIdentityOnlyOpensIdentityAndEveryReadIsLogged() {
        String nik = Admissions.nik();
        String inmate = Admissions.admit(gateway, Admissions.convict("Dedi Kurniawan", nik, "MEDIUM", 400));
        Admissions.awaitKnownToLiaison(List.of(inmate));
        String officer = Actors.token("officer-id-" + run, "polres-officer", Actors.POLRES_UNIT);
        Gateway.Answer submitted = gateway.post("/api/v1/liaison/info-requests").as(officer).json(Map.of(
                "inmateId", inmate, "purpose", "Verifikasi identitas saksi perkara " + run,
                "legalBasis", Map.of("letterNumber", "B/" + run + "/XII/2026/Reskrim"),
                "requestedData", List.of("IDENTITY"), "neededBy", today.plusDays(7).toString())).send();
        assertThat(submitted.status()).as("request: %s", submitted).isEqualTo(201);
        Gateway.Answer approved = gateway.post("/api/v1/liaison/info-requests/" + submitted.json().path("id").asText() + "/approve")
                .as(Actors.LIAISON).ifMatch(submitted.header("ETag"))
                .json(Map.of("accessExpiresAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).toString())).send();
        assertThat(approved.status()).as("approval: %s", approved).isEqualTo(200);

        JsonNode full = StoryIT.awaitJson(() -> gateway.get("/api/v1/inmates/" + inmate).as(officer).send(),
                record -> record.path("view").asText().equals("FULL"));
        assertThat(full.path("nik").asText()).isEqualTo(nik);
        assertThat(full.path("offences").isMissingNode() || full.path("offences").isNull()).as("offences were not asked for").isTrue();
        assertThat(full.path("sentence").isMissingNode() || full.path("sentence").isNull()).as("the sentence was not asked for").isTrue();
        assertThat(gateway.get("/api/v1/inmates/" + inmate + "/key-dates").as(officer).send().status()).isEqualTo(404);

        StoryIT.ok(gateway.get("/api/v1/inmates/" + inmate + "/key-dates").as(Actors.REGISTRAR).header("X-Purpose", "Persiapan sidang TPP").send());
        List<JsonNode> reads = new ArrayList<>();
        StoryIT.ok(gateway.get("/api/v1/inmates/access-log?inmateId=" + inmate + "&size=100").as(Actors.AUDITOR).send())
                .path("items").forEach(reads::add);
        assertThat(reads).anyMatch(r -> r.path("purpose").asText().startsWith("information request ")
                && r.path("record").asText().equals("RECORD"));
        assertThat(reads).anyMatch(r -> r.path("actor").asText().equals("registrar-1") && r.path("record").asText().equals("KEY_DATES"));
    }

    private String reviewETag(JsonNode review) {
        return "\"" + review.path("version").asText() + "\"";
    }

    /** A convict who has served more than two thirds of three years, with good conduct throughout. */
    private Map<String, Object> servedTwoThirds(String name) {
        Map<String, Object> admission = Admissions.convict(name, Admissions.nik(), "LOW", 400);
        LocalDate start = today.minusYears(2).minusMonths(2);
        admission.put("admittedOn", start.toString());
        admission.put("sentence", Map.of("start", start.toString(), "years", 3, "months", 0, "days", 0));
        return admission;
    }
}
