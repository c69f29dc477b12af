package id.sinergi.liaison;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.liaison.config.LiaisonConfig;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.liaison.service.EscalationJob;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * An escape reaches Polres as an urgent notice (issue 20 point 6): with the basic view, the
 * identifying features and the last known contacts; acknowledged within the configured minutes or
 * escalated to polres-head; first on the liaison summary; closed by the recapture, which erases the
 * features and contacts. The escalation job is run at chosen instants, never by waiting.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class EscapeNotificationTest {

    private static final String NOTIFICATIONS = "/api/v1/liaison/notifications";

    @Inject
    EscalationJob escalation;

    @Inject
    LiaisonConfig config;

    private static List<Notification> escapeNoticesOf(UUID inmateId) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.list("inmateId = ?1 and kind = ?2", inmateId,
                Notification.Kind.ESCAPED));
    }

    /** A LOW-risk WBP (whom the release rule would not notify) escapes; returns the escape's notice once issued. */
    private static Notification escaped(UUID inmateId, UUID escapeId) {
        Feed.inmateEvent("InmateEscaped", inmateId, e -> ((ObjectNode) e.get("data")).put("escapeId", escapeId.toString()));
        Feed.awaitApplied(() -> !escapeNoticesOf(inmateId).isEmpty());
        return escapeNoticesOf(inmateId).get(0);
    }

    private static void recaptured(UUID inmateId, UUID escapeId) {
        Feed.inmateEvent("InmateRecaptured", inmateId, e -> ((ObjectNode) e.get("data")).put("escapeId", escapeId.toString()));
        Feed.awaitApplied(() -> escapeNoticesOf(inmateId).get(0).state == Notification.State.CLOSED);
    }

    @Test
    void anEscapeIsAnUrgentNoticeToPolresWithWhatHelpsFindThePerson() {
        UUID inmateId = Feed.admitted("LOW", "B.I", "PROPERTY_CRIME");
        Notification notice = escaped(inmateId, UUID.randomUUID());
        assertThat(Duration.between(notice.issuedAt, notice.acknowledgeBy))
                .isEqualTo(Duration.ofMinutes(config.escapeAckMinutes())).isEqualTo(Duration.ofMinutes(30));
        String path = NOTIFICATIONS + "/" + notice.id;

        as(TestTokens.POLRES_OFFICER).queryParam("kind", "ESCAPED").queryParam("inmateId", inmateId.toString())
                .when().get(NOTIFICATIONS).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].urgent", equalTo(true))
                .body("items[0].threshold", equalTo("NOW"))
                .body("items[0].reason", equalTo("ESCAPED"))
                .body("items[0].recipient", equalTo("POLRES-HSU"))
                .body("items[0].summary.inmate.fullName", equalTo("Ahmad Rizani"))
                .body("items[0].summary.inmate.status", equalTo("ESCAPED"))
                .body("items[0].escape.place", equalTo("Blok A-2, tembok belakang"))
                .body("items[0].escape.noticedBy", equalTo("Petugas jaga pos 2"))
                .body("items[0].escape.identifyingFeatures.heightCm", equalTo(168))
                .body("items[0].escape.identifyingFeatures.marks", equalTo("Tato naga di lengan kanan; bekas luka di pelipis kiri"))
                .body("items[0].escape.lastKnownContacts[0].phone", equalTo("+6281234567890"))
                .body("items[0].allowedActions", contains("acknowledge"));
        as(TestTokens.OTHER_UNIT_OFFICER).when().get(path).then().statusCode(404);
        assertThat(Feed.known(inmateId).status).isEqualTo("ESCAPED");

        // The same escape told again issues nothing more.
        Feed.inmateEvent("InmateEscaped", inmateId, e -> ((ObjectNode) e.get("data")).put("escapeId", notice.escapeId.toString()));
        Feed.inmateEvent("InmateRiskChanged", inmateId, e -> Feed.inmate(e).put("riskLevel", "HIGH"));
        Feed.awaitApplied(() -> "HIGH".equals(Feed.known(inmateId).riskLevel));
        assertThat(escapeNoticesOf(inmateId)).hasSize(1);

        act(TestTokens.POLRES_OFFICER, path, "acknowledge", "{\"note\":\"Tim Resmob bergerak\"}").then().statusCode(200)
                .body("state", equalTo("ACKNOWLEDGED")).body("acknowledgedUnit", equalTo("POLRES-HSU"));
    }

    @Test
    void unacknowledgedAfterTheConfiguredMinutesItEscalatesToPolresHead() {
        UUID inmateId = Feed.admitted("LOW", "B.I", "PROPERTY_CRIME");
        Notification notice = escaped(inmateId, UUID.randomUUID());
        String path = NOTIFICATIONS + "/" + notice.id;

        escalation.run(notice.acknowledgeBy.minusMinutes(1));
        as(TestTokens.POLRES_OFFICER).when().get(path).then().statusCode(200).body("state", equalTo("OPEN"))
                .body("overdue", equalTo(false));
        escalation.run(notice.issuedAt.plusMinutes(config.escapeAckMinutes()).plusMinutes(1));
        as(TestTokens.POLRES_HEAD).when().get(path).then().statusCode(200)
                .body("state", equalTo("ESCALATED"))
                .body("escalatesTo", equalTo("polres-head"))
                .body("overdue", equalTo(true));
        act(TestTokens.POLRES_OFFICER, path, "acknowledge", null).then().statusCode(409);
        act(TestTokens.POLRES_HEAD, path, "acknowledge", "{\"note\":\"Kasat Reskrim memimpin pencarian\"}").then()
                .statusCode(200).body("state", equalTo("ACKNOWLEDGED"));
    }

    @Test
    void theEscapesComeFirstOnTheSummaryUntilTheRecaptureClosesThem() {
        UUID inmateId = Feed.admitted("LOW", "B.I", "PROPERTY_CRIME");
        UUID escapeId = UUID.randomUUID();
        Notification notice = escaped(inmateId, escapeId);
        escalation.run(notice.acknowledgeBy.plusMinutes(1));

        String summary = as(TestTokens.POLRES_OFFICER).when().get("/api/v1/liaison/summary").then().statusCode(200)
                .body("escapes.items.notificationId", hasItem(notice.id.toString()))
                .body("escapes.items.find { it.notificationId == '" + notice.id + "' }.fullName", equalTo("Ahmad Rizani"))
                .body("escapes.items.find { it.notificationId == '" + notice.id + "' }.state", equalTo("ESCALATED"))
                .body("escapes.items.find { it.notificationId == '" + notice.id + "' }.overdue", equalTo(true))
                .extract().asString();
        assertThat(summary.indexOf("\"escapes\"")).as("escapes come first").isLessThan(summary.indexOf("\"notifications\""))
                .isLessThan(summary.indexOf("\"infoRequests\""));
        assertThat(summary.indexOf("\"escapes\"")).isLessThan(summary.indexOf("\"policeLoans\""));
        as(TestTokens.OTHER_UNIT_OFFICER).when().get("/api/v1/liaison/summary").then().statusCode(200)
                .body("escapes.items.notificationId", not(hasItem(notice.id.toString())));

        recaptured(inmateId, escapeId);
        as(TestTokens.LIAISON).when().get(NOTIFICATIONS + "/" + notice.id).then().statusCode(200)
                .body("state", equalTo("CLOSED"))
                .body("closedAt", not(nullValue()))
                .body("allowedActions", empty())
                .body("escape.recapturedBy", equalTo("POLRES"))
                .body("escape.recapturePlace", equalTo("Desa Sungai Malang, Amuntai Tengah"))
                .body("escape.place", equalTo("Blok A-2, tembok belakang"))
                .body("escape.identifyingFeatures", nullValue())
                .body("escape.lastKnownContacts", empty());
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/liaison/summary").then().statusCode(200)
                .body("escapes.items.notificationId", not(hasItem(notice.id.toString())));
        assertThat(Feed.known(inmateId).status).isEqualTo("IN_CUSTODY");
    }

    @Test
    void anAcknowledgedNoticeIsClosedByTheRecaptureToo() {
        UUID inmateId = Feed.admitted("LOW", "B.I", "PROPERTY_CRIME");
        UUID escapeId = UUID.randomUUID();
        Notification notice = escaped(inmateId, escapeId);
        act(TestTokens.POLRES_OFFICER, NOTIFICATIONS + "/" + notice.id, "acknowledge", null).then().statusCode(200);
        recaptured(inmateId, escapeId);
        assertThat(escapeNoticesOf(inmateId).get(0).closedAt).isNotNull();
    }
}
