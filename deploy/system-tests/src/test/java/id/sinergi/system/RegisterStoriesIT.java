package id.sinergi.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register as the Lapas and Polres live it (issue 20), through the gateway with each role's
 * token: people who come back, detentions that move, fines, escapes.
 */
class RegisterStoriesIT {

    private static Gateway gateway;

    private final LocalDate today = LocalDate.now();

    @BeforeAll
    static void stack() {
        gateway = Gateway.of();
    }

    @Test
    void aRecidivistIsReadmittedWithHisEarlierStayShown() {
        String nik = Admissions.nik();
        String first = Admissions.admit(gateway, Admissions.convict("Rudi Hartono", nik, "MEDIUM", 40));
        String firstNumber = StoryIT.ok(gateway.get("/api/v1/inmates/" + first).as(Actors.REGISTRAR).send())
                .path("registerNumber").asText();

        Gateway.Answer whileOpen = gateway.post("/api/v1/inmates").as(Actors.REGISTRAR).json(detainee("Rudi Hartono", nik)).send();
        assertThat(whileOpen.status()).as("%s", whileOpen).isEqualTo(409);
        assertThat(whileOpen.json().path("type").asText()).endsWith("/open-stay");
        assertThat(whileOpen.json().path("openStayId").asText()).isEqualTo(first);

        Gateway.Answer released = gateway.post("/api/v1/inmates/" + first + "/release").as(Actors.REGISTRAR)
                .ifMatch(StoryIT.inmateETag(gateway, first))
                .json(Map.of("reason", "END_OF_SENTENCE", "releasedOn", today.toString())).send();
        assertThat(StoryIT.ok(released).path("status").asText()).isEqualTo("RELEASED");

        // Arrested again by Satreskrim Polres HSU: the same person, a new stay.
        String second = Admissions.admit(gateway, detainee("Rudi Hartono alias Rudi Botak", nik));
        JsonNode record = StoryIT.ok(gateway.get("/api/v1/inmates/" + second).as(Actors.REGISTRAR).send());
        assertThat(second).isNotEqualTo(first);
        assertThat(record.path("recidivist").asBoolean()).isTrue();
        assertThat(record.path("personId").asText())
                .isEqualTo(StoryIT.ok(gateway.get("/api/v1/inmates/" + first).as(Actors.REGISTRAR).send()).path("personId").asText());
        assertThat(record.path("earlierStays")).hasSize(1);
        assertThat(record.path("earlierStays").get(0).path("registerNumber").asText()).isEqualTo(firstNumber);
        assertThat(record.path("earlierStays").get(0).path("status").asText()).isEqualTo("RELEASED");

        JsonNode found = StoryIT.ok(gateway.get("/api/v1/inmates?nik=" + nik).as(Actors.REGISTRAR).send());
        assertThat(found.path("items")).hasSize(2);
        assertThat(found.path("items").findValuesAsText("earlierStays")).containsOnly("1");
    }

    @Test
    void aPolresDetaineeIsExtendedByPolresThenHandedToTheProsecutorAndTheCourtThenConvicted() {
        // Detained by Satreskrim Polres HSU since 16 days ago: the first order (20 days) ends in 3 days.
        Map<String, Object> admission = detainee("Fajar Ramadhan", Admissions.nik());
        admission.put("detentionStartsOn", today.minusDays(16).toString());
        admission.put("detentionEndsOn", today.plusDays(3).toString());
        String id = Admissions.admit(gateway, admission);
        awaitDetentionNotice(id, today.plusDays(3), 3);

        // Polres sends the prosecutor's extension; the register changes only when the registrar records it.
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("inmateId", id);
        order.put("kind", "EXTENSION");
        order.put("orderNumber", "B-77/O.3.21/Eoh.1/" + today.getYear());
        order.put("orderDate", today.toString());
        order.put("issuedBy", "Kejaksaan Negeri Hulu Sungai Utara");
        order.put("endsOn", today.plusDays(10).toString());
        Gateway.Answer sent = gateway.post("/api/v1/liaison/detention-requests").as(Actors.POLRES_OFFICER).json(order).send();
        assertThat(sent.status()).as("%s", sent).isEqualTo(201);
        String requestId = sent.json().path("id").asText();
        assertThat(sent.json().path("state").asText()).isEqualTo("SUBMITTED");
        assertThat(StoryIT.ok(gateway.get("/api/v1/inmates/" + id).as(Actors.REGISTRAR).send()).path("detentionEndsOn").asText())
                .isEqualTo(today.plusDays(3).toString());

        Map<String, Object> extension = new LinkedHashMap<>();
        extension.put("orderNumber", order.get("orderNumber"));
        extension.put("orderDate", today.toString());
        extension.put("issuedBy", "Kejaksaan Negeri Hulu Sungai Utara");
        extension.put("endsOn", today.plusDays(10).toString());
        extension.put("liaisonRequestId", requestId);
        JsonNode extended = StoryIT.ok(gateway.post("/api/v1/inmates/" + id + "/detention-extensions").as(Actors.REGISTRAR)
                .ifMatch(StoryIT.inmateETag(gateway, id)).json(extension).send());
        assertThat(extended.path("detentionEndsOn").asText()).isEqualTo(today.plusDays(10).toString());
        StoryIT.awaitJson(() -> gateway.get("/api/v1/liaison/detention-requests/" + requestId).as(Actors.POLRES_OFFICER).send(),
                request -> request.path("state").asText().equals("CONFIRMED"));
        awaitDetentionNotice(id, today.plusDays(10), 10);

        // Handed to the prosecutor (A.II), whose order ends today, then to the district court (A.III).
        JsonNode prosecuted = handOver(id, "A.II", "Kejaksaan Negeri Hulu Sungai Utara", today);
        assertThat(prosecuted.path("registerClass").asText()).isEqualTo("A.II");
        awaitDetentionNotice(id, today, 0);
        JsonNode tried = handOver(id, "A.III", "Pengadilan Negeri Amuntai", today.plusDays(29));
        assertThat(tried.path("registerClass").asText()).isEqualTo("A.III");
        JsonNode detention = StoryIT.ok(gateway.get("/api/v1/inmates/" + id + "/detention").as(Actors.REGISTRAR).send());
        assertThat(detention.path("orders").findValuesAsText("kind")).containsExactly("INITIAL", "EXTENSION", "HANDOVER", "HANDOVER");

        // Convicted: two years from the first day of detention.
        Map<String, Object> verdict = Map.of("registerClass", "B.I", "verdictNumber", "45/Pid.B/" + today.getYear() + "/PN Amt",
                "sentence", Map.of("start", today.minusDays(16).toString(), "years", 2, "months", 0, "days", 0));
        JsonNode convicted = StoryIT.ok(gateway.post("/api/v1/inmates/" + id + "/class-change").as(Actors.REGISTRAR)
                .ifMatch(StoryIT.inmateETag(gateway, id)).json(verdict).send());
        assertThat(convicted.path("registerClass").asText()).isEqualTo("B.I");
        assertThat(convicted.path("sentence").path("expiresOn").asText()).isEqualTo(today.minusDays(16).plusYears(2).toString());
    }

    @Test
    void aFinePaidMovesTheExpiryEarlier() {
        Map<String, Object> admission = Admissions.convict("Hendra Saputra", Admissions.nik(), "LOW", 400);
        LocalDate start = today.minusDays(100);
        admission.put("registerClass", "B.I");
        admission.put("sentence", Map.of("start", start.toString(), "years", 2, "months", 0, "days", 0,
                "fineAmount", 1_000_000_000, "fineSubstituteMonths", 3));
        String id = Admissions.admit(gateway, admission);
        JsonNode before = StoryIT.ok(gateway.get("/api/v1/inmates/" + id).as(Actors.REGISTRAR).send());
        assertThat(before.path("sentence").path("expiresOn").asText()).isEqualTo(start.plusYears(2).plusMonths(3).toString());

        JsonNode paid = StoryIT.ok(gateway.post("/api/v1/inmates/" + id + "/fine-payments").as(Actors.REGISTRAR)
                .ifMatch(StoryIT.inmateETag(gateway, id))
                .json(Map.of("receiptNumber", "KW-0412/O.3.15/Eku/" + today.getYear(), "paidOn", today.toString(),
                        "amount", 1_000_000_000)).send());
        assertThat(paid.path("sentence").path("expiresOn").asText()).isEqualTo(start.plusYears(2).toString());
        JsonNode keyDates = StoryIT.ok(gateway.get("/api/v1/inmates/" + id + "/key-dates").as(Actors.REGISTRAR).send());
        assertThat(keyDates.path("expiry").asText()).isEqualTo(start.plusYears(2).toString());
    }

    @Test
    void anEscapeReachesPolresAtOnceIsEscalatedWhenNotAcknowledgedAndTheRecaptureMovesTheExpiry() {
        Map<String, Object> admission = Admissions.convict("Yusuf Maulana", Admissions.nik(), "MEDIUM", 400);
        admission.put("admittedOn", today.minusDays(10).toString());
        String id = Admissions.admit(gateway, admission);
        LocalDate expiry = LocalDate.parse(StoryIT.ok(gateway.get("/api/v1/inmates/" + id).as(Actors.REGISTRAR).send())
                .path("sentence").path("expiresOn").asText());

        OffsetDateTime escapedAt = OffsetDateTime.now().minusDays(3);
        JsonNode escaped = StoryIT.ok(gateway.post("/api/v1/inmates/" + id + "/escape").as(Actors.SECURITY)
                .ifMatch(StoryIT.inmateETag(gateway, id))
                .json(Map.of("escapedAt", escapedAt.toString(), "place", "Blok A-2, tembok belakang",
                        "method", "Memanjat tembok", "noticedBy", "Petugas jaga pos 2")).send());
        assertThat(escaped.path("status").asText()).isEqualTo("ESCAPED");

        // Polres gets an urgent notice; unacknowledged past the deadline (0 minutes in the test stack) it escalates.
        JsonNode notice = StoryIT.awaitJson(() -> gateway.get("/api/v1/liaison/notifications?kind=ESCAPED&inmateId=" + id)
                .as(Actors.POLRES_OFFICER).send(), page -> page.path("items").size() == 1
                && page.path("items").get(0).path("state").asText().equals("ESCALATED")).path("items").get(0);
        assertThat(notice.path("urgent").asBoolean()).isTrue();
        JsonNode summary = StoryIT.ok(gateway.get("/api/v1/liaison/summary").as(Actors.POLRES_HEAD).send());
        assertThat(summary.fieldNames().next()).isIn("asOf", "escapes");
        assertThat(summary.path("escapes").path("items").findValuesAsText("inmateId")).contains(id);

        JsonNode back = StoryIT.ok(gateway.post("/api/v1/inmates/" + id + "/recapture").as(Actors.REGISTRAR)
                .ifMatch(StoryIT.inmateETag(gateway, id))
                .json(Map.of("recapturedAt", OffsetDateTime.now().toString(), "by", "POLRES", "place", "Desa Sungai Malang")).send());
        assertThat(back.path("status").asText()).isEqualTo("IN_CUSTODY");
        assertThat(LocalDate.parse(back.path("sentence").path("expiresOn").asText())).isAfter(expiry);
        StoryIT.awaitJson(() -> gateway.get("/api/v1/liaison/notifications?kind=ESCAPED&inmateId=" + id)
                .as(Actors.POLRES_OFFICER).send(), page -> page.path("items").get(0).path("state").asText().equals("CLOSED"));
    }

    private JsonNode handOver(String id, String stage, String authority, LocalDate endsOn) {
        Map<String, Object> handover = new LinkedHashMap<>();
        handover.put("stage", stage);
        handover.put("orderNumber", "PRINT-" + stage + "/" + today.getYear());
        handover.put("orderDate", today.toString());
        handover.put("authority", authority);
        handover.put("startsOn", today.toString());
        handover.put("endsOn", endsOn.toString());
        return StoryIT.ok(gateway.post("/api/v1/inmates/" + id + "/detention-handovers").as(Actors.REGISTRAR)
                .ifMatch(StoryIT.inmateETag(gateway, id)).json(handover).send());
    }

    /** The detention-expiring notice of that end date and threshold reaches liaison-service (the Lapas desk sees all). */
    private void awaitDetentionNotice(String id, LocalDate endsOn, int daysBefore) {
        StoryIT.awaitJson(() -> gateway.get("/api/v1/liaison/notifications?kind=DETENTION_EXPIRING&inmateId=" + id)
                        .as(Actors.LIAISON).send(),
                page -> java.util.stream.StreamSupport.stream(page.path("items").spliterator(), false)
                        .anyMatch(n -> n.path("dueOn").asText().equals(endsOn.toString()) && n.path("daysBefore").asInt() == daysBefore));
    }

    /** A detainee of Satreskrim Polres HSU (A.I) whose detention ends in 20 days. */
    private Map<String, Object> detainee(String name, String nik) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fullName", name);
        body.put("nik", nik);
        body.put("sex", "MALE");
        body.put("nationality", "IDN");
        body.put("registerClass", "A.I");
        body.put("detainingAuthority", "Satreskrim Polres Hulu Sungai Utara");
        body.put("detentionEndsOn", today.plusDays(20).toString());
        body.put("offences", List.of(Map.of("article", "Pasal 477", "law", "UU 1/2023", "description", "Pencurian dengan pemberatan")));
        body.put("cellBlock", "C-1");
        body.put("riskLevel", "HIGH");
        return body;
    }
}
