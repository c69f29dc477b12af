package id.sinergi.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The cooperation of Lapas Amuntai and Polres Hulu Sungai Utara end to end, through the gateway,
 * each step by the role that takes it in the agencies: admission, a legal-awareness programme run
 * with Polres, the release-due notification with the programme in its summary, an information
 * request that opens the full record to one officer only, a police loan out and back, the
 * release, and the auditor's reading of who saw the record.
 */
class StoryIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String PURPOSE = "LP/B/45/XI/2026/SPKT/Polres HSU investigation";

    private static Gateway gateway;

    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final LocalDate today = LocalDate.now();

    @BeforeAll
    static void stack() {
        gateway = Gateway.of();
    }

    @Test
    void fromAdmissionToReleaseEveryAgencyPlaysItsPart() {
        String nik = Admissions.nik();
        // A HIGH-risk WBP whose sentence ends in 40 days: outside the 30-day notice window for now.
        String inmate = Admissions.admit(gateway, Admissions.convict("Ahmad Rizani", nik, "HIGH", 40));

        String legal = Programmes.open(gateway, "KES-HUKUM-" + run, "LEGAL_AWARENESS", "Kesadaran hukum bersama Polres HSU",
                "Polres Hulu Sungai Utara", null);
        String welding = Programmes.open(gateway, "LAS-" + run, "VOCATIONAL", "Pelatihan las listrik", "BLK Amuntai", null);
        Admissions.awaitKnownToPrograms(List.of(inmate));
        String legalEnrolment = Programmes.enrolAndApprove(gateway, legal, inmate);
        String weldingEnrolment = Programmes.enrolAndApprove(gateway, welding, inmate);

        Programmes.attendedSession(gateway, legal, legalEnrolment, null, Actors.PROGRAM_OFFICER);
        String certificate = Programmes.complete(gateway, legalEnrolment).json().path("completion").path("certificateNumber").asText();
        assertThat(certificate).isEqualTo("SRT-KES-HUKUM-" + run + "-0001");
        // The summary is built from what liaison-service knows when the notice arrives.
        Admissions.awaitCompletionKnownToLiaison(legalEnrolment);

        JsonNode notification = releaseBecomesDueAndPolresAcknowledges(inmate);
        assertThat(texts(notification.path("summary").path("programmesCompleted"), "code")).containsExactly("KES-HUKUM-" + run);
        assertThat(texts(notification.path("summary").path("programmesOngoing"), "code")).containsExactly("LAS-" + run);

        fullRecordForTheOfficerWhoseRequestWasApproved(inmate, nik);
        policeLoanOutAndBack(inmate);
        releaseEndsEnrolmentsAndNotifiesPolres(inmate, legalEnrolment, weldingEnrolment);

        JsonNode log = ok(gateway.get("/api/v1/inmates/access-log?inmateId=" + inmate + "&size=100").as(Actors.AUDITOR).send());
        List<JsonNode> reads = list(log.path("items"));
        assertThat(reads).as("the officer's full read, with the request that grants it as its purpose")
                .anyMatch(r -> r.path("actor").asText().equals("officer-7")
                        && r.path("purpose").asText().startsWith("information request ")
                        && r.path("unit").asText().equals(Actors.POLRES_UNIT));
        assertThat(reads).as("basic views are not full reads").noneMatch(r -> r.path("actor").asText().equals("officer-8"));
        assertThat(gateway.get("/api/v1/inmates/access-log?inmateId=" + inmate).as(Actors.POLRES_HEAD).send().status())
                .as("Polres does not read the access log").isEqualTo(403);
    }

    /**
     * A remission brings the end of the sentence into the 30-day window; the notices job sends
     * release-due, liaison-service issues the notification to Polres HSU, an officer reads and
     * acknowledges it. Returns the notification as the officer read it.
     */
    private JsonNode releaseBecomesDueAndPolresAcknowledges(String inmate) {
        LocalDate expiry = LocalDate.parse(ok(gateway.get("/api/v1/inmates/" + inmate + "/key-dates").as(Actors.REGISTRAR).send())
                .path("expiry").asText());
        int days = (int) ChronoUnit.DAYS.between(today, expiry) - Admissions.DUE_SOON_DAYS;
        Gateway.Answer remission = gateway.post("/api/v1/inmates/" + inmate + "/remissions").as(Actors.REGISTRAR)
                .ifMatch(inmateETag(inmate)).json(Map.of("type", "GENERAL", "days", days, "decreeNumber", "PAS-" + run + ".PK.01.01.02/2026",
                        "decreeDate", today.toString(), "grantedOn", today.toString())).send();
        assertThat(remission.status()).as("remission: %s", remission).isEqualTo(200);

        String query = "/api/v1/liaison/notifications?kind=RELEASE_DUE&inmateId=" + inmate;
        JsonNode page = awaitJson(() -> gateway.get(query).as(Actors.POLRES_OFFICER).send(), p -> p.path("total").asInt() == 1);
        String id = page.path("items").get(0).path("id").asText();
        Gateway.Answer read = gateway.get("/api/v1/liaison/notifications/" + id).as(Actors.POLRES_OFFICER).send();
        JsonNode notification = ok(read);
        assertThat(notification.path("recipient").asText()).isEqualTo(Actors.POLRES_UNIT);
        assertThat(notification.path("dueOn").asText()).isEqualTo(today.plusDays(Admissions.DUE_SOON_DAYS).toString());
        assertThat(notification.path("state").asText()).isEqualTo("OPEN");

        Gateway.Answer acknowledged = gateway.post("/api/v1/liaison/notifications/" + id + "/acknowledge").as(Actors.POLRES_OFFICER)
                .ifMatch(read.header("ETag")).json(Map.of("note", "Diterima, akan dikoordinasikan dengan Bhabinkamtibmas")).send();
        assertThat(ok(acknowledged).path("state").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.json().path("acknowledgedBy").asText()).isEqualTo("officer-7");
        return notification;
    }

    private void fullRecordForTheOfficerWhoseRequestWasApproved(String inmate, String nik) {
        JsonNode basic = ok(gateway.get("/api/v1/inmates/" + inmate).as(Actors.POLRES_OFFICER).send());
        assertThat(basic.path("view").asText()).isEqualTo("BASIC");
        assertThat(basic.has("nik")).as("the basic view hides the NIK").isFalse();

        Gateway.Answer submitted = gateway.post("/api/v1/liaison/info-requests").as(Actors.POLRES_OFFICER).json(Map.of(
                "inmateId", inmate,
                "purpose", "Penyidikan perkara pencurian dengan kekerasan; WBP diduga mengenal pelaku",
                "legalBasis", Map.of("letterNumber", "B/412/XI/2026/Reskrim", "policeReportNumber", "LP/B/45/XI/2026/SPKT/Polres HSU"),
                "requestedData", List.of("IDENTITY", "OFFENCES_AND_SENTENCE", "MOVEMENTS_AND_TIMELINE"),
                "neededBy", today.plusDays(7).toString())).send();
        assertThat(submitted.status()).as("information request: %s", submitted).isEqualTo(201);
        String request = submitted.json().path("id").asText();
        Gateway.Answer approved = gateway.post("/api/v1/liaison/info-requests/" + request + "/approve").as(Actors.LIAISON)
                .ifMatch(submitted.header("ETag"))
                .json(Map.of("accessExpiresAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).toString(), "note", "Disetujui Kalapas")).send();
        assertThat(ok(approved).path("state").asText()).isEqualTo("APPROVED");

        // The grant travels to inmate-service as liaison.info-request-decided.
        JsonNode full = awaitJson(() -> gateway.get("/api/v1/inmates/" + inmate).as(Actors.POLRES_OFFICER)
                .header("X-Purpose", PURPOSE).send(), record -> record.path("view").asText().equals("FULL"));
        assertThat(full.path("nik").asText()).isEqualTo(nik);
        assertThat(gateway.get("/api/v1/inmates/" + inmate + "/timeline").as(Actors.POLRES_OFFICER).send().status()).isEqualTo(200);

        JsonNode other = ok(gateway.get("/api/v1/inmates/" + inmate).as(Actors.OTHER_POLRES_OFFICER).send());
        assertThat(other.path("view").asText()).as("another officer of the same unit").isEqualTo("BASIC");
        assertThat(other.has("nik")).isFalse();
        Gateway.Answer timeline = gateway.get("/api/v1/inmates/" + inmate + "/timeline").as(Actors.OTHER_POLRES_OFFICER).send();
        assertThat(timeline.status()).as("outside the other officer's scope: 404, not 403").isEqualTo(404);
        assertThat(timeline.isProblem()).isTrue();
    }

    private void policeLoanOutAndBack(String inmate) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Gateway.Answer requested = gateway.post("/api/v1/liaison/police-loans").as(Actors.POLRES_OFFICER).json(Map.of(
                "inmateId", inmate, "purpose", "Pemeriksaan tambahan sebagai saksi",
                "caseNumber", "LP/B/45/XI/2026/SPKT/Polres HSU", "letterNumber", "B/123/XI/2026/Reskrim",
                "borrowingUnit", "Satreskrim Polres Hulu Sungai Utara",
                "plannedOutAt", now.plusMinutes(30).toString(), "plannedBackAt", now.plusHours(6).toString(),
                "escorts", List.of(Map.of("name", "Bripka Andi", "rank", "Bripka", "nrp", "87050123")))).send();
        assertThat(requested.status()).as("loan request: %s", requested).isEqualTo(201);
        String loan = requested.json().path("id").asText();
        String etag = requested.header("ETag");
        etag = loanAction(loan, "approve", Actors.LIAISON, etag, "APPROVED");
        etag = loanAction(loan, "check-out", Actors.REGISTRAR, etag, "CHECKED_OUT");
        awaitLocation(inmate, "POLICE_LOAN");
        loanAction(loan, "return", Actors.REGISTRAR, etag, "RETURNED");
        awaitLocation(inmate, "IN_FACILITY");
    }

    private String loanAction(String loan, String action, String token, String etag, String state) {
        Gateway.Answer answer = gateway.post("/api/v1/liaison/police-loans/" + loan + "/" + action).as(token).ifMatch(etag)
                .json(Map.of()).send();
        assertThat(ok(answer).path("state").asText()).as(action).isEqualTo(state);
        return answer.header("ETag");
    }

    private void awaitLocation(String inmate, String location) {
        awaitJson(() -> gateway.get("/api/v1/inmates/" + inmate).as(Actors.POLRES_OFFICER).send(),
                record -> record.path("location").asText().equals(location));
    }

    private void releaseEndsEnrolmentsAndNotifiesPolres(String inmate, String completed, String ongoing) {
        Gateway.Answer released = gateway.post("/api/v1/inmates/" + inmate + "/release").as(Actors.REGISTRAR)
                .ifMatch(inmateETag(inmate)).json(Map.of("reason", "END_OF_SENTENCE", "releasedOn", today.toString())).send();
        assertThat(ok(released).path("status").asText()).isEqualTo("RELEASED");

        JsonNode ended = awaitJson(() -> gateway.get("/api/v1/enrolments/" + ongoing).as(Actors.PROGRAM_OFFICER).send(),
                enrolment -> enrolment.path("state").asText().equals("ENDED"));
        assertThat(ended.path("reason").asText()).isEqualTo("RELEASED");
        assertThat(ok(gateway.get("/api/v1/enrolments/" + completed).as(Actors.PROGRAM_OFFICER).send()).path("state").asText())
                .as("a completed programme stays completed").isEqualTo("COMPLETED");

        JsonNode notifications = awaitJson(() -> gateway.get("/api/v1/liaison/notifications?kind=RELEASED&inmateId=" + inmate)
                .as(Actors.POLRES_OFFICER).send(), page -> page.path("total").asInt() == 1);
        JsonNode release = notifications.path("items").get(0);
        assertThat(release.path("reason").asText()).isEqualTo("END_OF_SENTENCE");
        assertThat(release.path("state").asText()).isEqualTo("OPEN");
    }

    /** The WBP's version as the registry desk reads it before an action (every action needs If-Match). */
    private static String inmateETag(String inmate) {
        return inmateETag(gateway, inmate);
    }

    static String inmateETag(Gateway gateway, String inmate) {
        Gateway.Answer read = gateway.get("/api/v1/inmates/" + inmate).as(Actors.REGISTRAR).send();
        assertThat(read.status()).as("%s", read).isEqualTo(200);
        return read.header("ETag");
    }

    static JsonNode ok(Gateway.Answer answer) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json();
    }

    static JsonNode awaitJson(java.util.function.Supplier<Gateway.Answer> read, Predicate<JsonNode> done) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(250)).until(() -> {
            last[0] = ok(read.get());
            return done.test(last[0]);
        });
        return last[0];
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static List<String> texts(JsonNode array, String field) {
        return list(array).stream().map(item -> item.path(field).asText()).toList();
    }
}
