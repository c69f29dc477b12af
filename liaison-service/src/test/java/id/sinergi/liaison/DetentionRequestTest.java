package id.sinergi.liaison;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static id.sinergi.platform.testing.RecordedEvents.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 20 point 2: the detaining Polres unit sends an extension or handover order; nothing changes
 * in the register until the Lapas registrar records it there, and the register's event confirms the
 * request here; or the registrar rejects it, saying why.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class DetentionRequestTest {

    private static final String REQUESTS = "/api/v1/liaison/detention-requests";
    private static final String POLRES = "Satreskrim Polres Hulu Sungai Utara";

    /** A detainee of the class held by the authority, as inmate-service's admission says, once this service knows it. */
    private static UUID detainee(String registerClass, String authority) {
        UUID id = UUID.randomUUID();
        Feed.inmateEvent("InmateAdmitted", id, e -> Feed.inmate(e).put("registerClass", registerClass)
                .put("registerNumber", registerClass + "-" + id.toString().substring(0, 4) + "/2026")
                .put("detainingAuthority", authority));
        Feed.awaitApplied(() -> Feed.known(id) != null);
        return id;
    }

    private static String extension(UUID inmateId, LocalDate endsOn) {
        return """
                {"inmateId":"%s","kind":"EXTENSION","orderNumber":"B-1234/O.3.21/Eoh.1/12/2026","orderDate":"%s",
                 "issuedBy":"Kejaksaan Negeri Hulu Sungai Utara","endsOn":"%s"}""".formatted(inmateId, LocalDate.now(), endsOn);
    }

    private static Response submit(String token, String body) {
        return as(token).body(body).when().post(REQUESTS);
    }

    private static List<String> states(String requestId) {
        return events(requestId, "liaison.detention-request-changed").stream().map(e -> e.get("state").asText()).toList();
    }

    private static String state(String path) {
        return as(TestTokens.REGISTRAR).when().get(path).then().statusCode(200).extract().path("state");
    }

    @Test
    void anOrderSentByPolresIsConfirmedWhenTheRegistrarRecordsIt() {
        UUID inmateId = detainee("A.I", POLRES);
        LocalDate endsOn = LocalDate.now().plusDays(40);
        String id = submit(TestTokens.POLRES_OFFICER, extension(inmateId, endsOn)).then().statusCode(201)
                .body("state", equalTo("SUBMITTED")).body("unit", equalTo(TestTokens.POLRES_UNIT))
                .body("allowedActions", contains("reject")).extract().path("id");
        String path = REQUESTS + "/" + id;
        as(TestTokens.REGISTRAR).when().get(REQUESTS + "?state=SUBMITTED&inmateId=" + inmateId).then().statusCode(200)
                .body("items.id", contains(id));

        // The registrar records the order in the register with the request's id; its event confirms the request.
        Feed.inmateEvent("InmateDetentionExtended", inmateId, e -> ((ObjectNode) e.get("data"))
                .put("liaisonRequestId", id).put("detentionEndsOn", endsOn.toString()));
        Feed.awaitApplied(() -> "CONFIRMED".equals(state(path)));
        as(TestTokens.POLRES_OFFICER).when().get(path).then().statusCode(200)
                .body("recordedEndsOn", equalTo(endsOn.toString())).body("decidedBy", equalTo("inmate-service"))
                .body("allowedActions", empty());
        assertThat(states(id)).containsExactly("SUBMITTED", "CONFIRMED");

        // The same event again (redelivered) changes nothing; a confirmed request can no longer be rejected.
        Feed.inmateEvent("InmateDetentionExtended", inmateId, e -> ((ObjectNode) e.get("data"))
                .put("liaisonRequestId", id).put("detentionEndsOn", endsOn.toString()));
        act(TestTokens.REGISTRAR, path, "reject", "{\"reason\":\"late\"}").then().statusCode(409);
        assertThat(states(id)).containsExactly("SUBMITTED", "CONFIRMED");
    }

    @Test
    void theRegistrarRejectsAnOrderSayingWhy() {
        UUID inmateId = detainee("A.I", POLRES);
        String handover = """
                {"inmateId":"%s","kind":"HANDOVER","stage":"A.II","orderNumber":"PRINT-45/O.3.21/Eoh.2/12/2026",
                 "orderDate":"%s","issuedBy":"Kejaksaan Negeri Hulu Sungai Utara","endsOn":"%s"}"""
                .formatted(inmateId, LocalDate.now(), LocalDate.now().plusDays(19));
        String id = submit(TestTokens.POLRES_HEAD, handover).then().statusCode(201).body("stage", equalTo("A.II"))
                .body("startsOn", equalTo(LocalDate.now().toString())).extract().path("id");
        String path = REQUESTS + "/" + id;
        act(TestTokens.POLRES_OFFICER, path, "reject", "{\"reason\":\"no\"}").then().statusCode(403);
        act(TestTokens.REGISTRAR, path, "reject", "{}").then().statusCode(422);
        act(TestTokens.REGISTRAR, path, "reject", "{\"reason\":\"Surat penetapan belum ditandatangani\"}").then().statusCode(200)
                .body("state", equalTo("REJECTED")).body("reason", equalTo("Surat penetapan belum ditandatangani"))
                .body("decidedBy", equalTo("registrar-1"));
        assertThat(states(id)).containsExactly("SUBMITTED", "REJECTED");
        as(TestTokens.OTHER_UNIT_OFFICER).when().get(path).then().statusCode(404);
    }

    @Test
    void onlyTheDetainingPolresUnitsDetaineesInCustody() {
        submit(TestTokens.POLRES_OFFICER, extension(detainee("A.II", "Kejaksaan Negeri Hulu Sungai Utara"), LocalDate.now().plusDays(30)))
                .then().statusCode(422).body("type", equalTo("https://sinergi.id/problems/not-detained-by-polres"));
        submit(TestTokens.POLRES_OFFICER, extension(detainee("B.I", null), LocalDate.now().plusDays(30)))
                .then().statusCode(422).body("type", equalTo("https://sinergi.id/problems/not-a-detainee"));
        submit(TestTokens.POLRES_OFFICER, extension(UUID.randomUUID(), LocalDate.now().plusDays(30)))
                .then().statusCode(422).body("type", equalTo("https://sinergi.id/problems/unknown-inmate"));
        UUID inmateId = detainee("A.I", POLRES);
        submit(TestTokens.POLRES_OFFICER, extension(inmateId, LocalDate.now().plusDays(30)).replace("\"EXTENSION\"", "\"HANDOVER\""))
                .then().statusCode(422).body("type", equalTo("https://sinergi.id/problems/stage-required"));
        submit(TestTokens.REGISTRAR, extension(inmateId, LocalDate.now().plusDays(30))).then().statusCode(403);
    }

    @Test
    void anOrderRecordedWithAnUnknownRequestConfirmsNothing() {
        UUID inmateId = detainee("A.I", POLRES);
        String id = submit(TestTokens.POLRES_OFFICER, extension(inmateId, LocalDate.now().plusDays(30))).then().statusCode(201)
                .extract().path("id");
        // Another WBP's event naming this request, then one naming no request: neither confirms it.
        UUID other = detainee("A.I", POLRES);
        Feed.inmateEvent("InmateDetentionExtended", other, e -> {
            ((ObjectNode) e.get("data")).put("liaisonRequestId", id);
            Feed.inmate(e).put("expectedRelease", "2027-02-02");
        });
        Feed.inmateEvent("InmateDetentionHandedOver", inmateId, e -> Feed.inmate(e).put("registerClass", "A.II"));
        Feed.awaitApplied(() -> "A.II".equals(Feed.known(inmateId).registerClass)
                && "2027-02-02".equals(String.valueOf(Feed.known(other).expectedRelease)));
        assertThat(state(REQUESTS + "/" + id)).isEqualTo("SUBMITTED");
    }
}
