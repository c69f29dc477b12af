package id.sinergi.liaison;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.liaison.config.LiaisonConfig;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.liaison.domain.Notification.Kind;
import id.sinergi.liaison.domain.Notification.Routing;
import id.sinergi.liaison.domain.Release;
import id.sinergi.local.DevTokens;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.testing.RecordedEvents;
import id.sinergi.platform.testing.TestTokens;
import id.sinergi.platform.testing.contract.AsyncApiContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 22: a notice to Polres goes by default to the unit covering the regency of the WBP's facility
 * (the facility read model's {@code regencyCode}, then the Polres directory), not to the one configured
 * unit; that unit gets it only when liaison does not know the facility or a unit for its regency. Lapas
 * Barabai (TestTokens.OTHER_FACILITY) is in Hulu Sungai Tengah (63.07): Polres HST, not Polres HSU.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class FacilityRecipientTest {

    private static final String NOTIFICATIONS = "/api/v1/liaison/notifications";
    private static final String HST = "POLRES-HST";
    private static final String HST_OFFICER = DevTokens.mint("officer-hst", Roles.POLRES_OFFICER, "POLRES", HST);
    private static final AsyncApiContract CONTRACT = AsyncApiContract.of(
            Path.of("src/main/resources/META-INF/resources/asyncapi/liaison-events.yaml"));

    @Inject
    LiaisonConfig config;

    private static List<Notification> noticesOf(UUID inmateId, Kind kind) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.list("inmateId = ?1 and kind = ?2", inmateId, kind));
    }

    private static Notification awaitNotice(UUID inmateId, Kind kind) {
        Feed.awaitApplied(() -> !noticesOf(inmateId, kind).isEmpty());
        return noticesOf(inmateId, kind).get(0);
    }

    private static Notification escapes(UUID inmateId, String facility) {
        Region.event("InmateEscaped", inmateId, facility, e -> {
            Feed.inmate(e).put("status", "ESCAPED");
            ((ObjectNode) e.get("data")).put("escapeId", UUID.randomUUID().toString())
                    .put("escapedAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10).toString());
        });
        return awaitNotice(inmateId, Kind.ESCAPED);
    }

    /** Released at the end of the sentence, no release plan ever recorded. */
    private static Notification releasedWithoutPlan(UUID inmateId, String facility) {
        Region.event("InmateReleased", inmateId, facility, e -> {
            Feed.inmate(e).put("status", "RELEASED");
            ((ObjectNode) e.get("data")).put("releasedOn", LocalDate.now().toString()).put("reason", "END_OF_SENTENCE")
                    .putNull("releasePlan");
        });
        return awaitNotice(inmateId, Kind.RELEASED);
    }

    /** A police detainee (A.I) of {@code facility} whose detention ends in 3 days, detained by {@code authority}. */
    private static Notification detentionEnding(String facility, String authority) {
        UUID inmateId = UUID.randomUUID();
        Region.event("InmateDetentionExpiring", inmateId, facility, e -> {
            Feed.inmate(e).put("registerClass", "A.I").put("registerNumber", "A.I-" + inmateId.toString().substring(0, 4) + "/2026")
                    .put("detainingAuthority", authority);
            ((ObjectNode) e.get("data")).put("detentionEndsOn", LocalDate.now().plusDays(3).toString()).put("daysBefore", 3)
                    .put("detainingAuthority", authority);
        });
        return awaitNotice(inmateId, Kind.DETENTION_EXPIRING);
    }

    private static JsonNode issued(Notification notice) {
        List<JsonNode> events = RecordedEvents.events(notice.id.toString(), "liaison.notification-issued");
        assertThat(events).hasSize(1);
        CONTRACT.assertDataMatches("NotificationIssued", events.get(0));
        return events.get(0);
    }

    private static Release releaseOf(UUID inmateId) {
        return QuarkusTransaction.requiringNew().call(() -> Release.<Release>find("inmateId", inmateId).firstResult());
    }

    @Test
    void aWbpOfBarabaiEscapesAndPolresHstIsToldNotPolresHsu() {
        Region.barabai();
        UUID inmateId = Region.admitted(TestTokens.OTHER_FACILITY, "LOW", "B.I");
        Notification notice = escapes(inmateId, TestTokens.OTHER_FACILITY);
        assertThat(notice.recipient).isEqualTo(HST);
        assertThat(notice.routing).isEqualTo(Routing.FACILITY_UNIT);
        assertThat(issued(notice).at("/notification/routing").asText()).isEqualTo("FACILITY_UNIT");
        String path = NOTIFICATIONS + "/" + notice.id;

        as(HST_OFFICER).queryParam("kind", "ESCAPED").queryParam("inmateId", inmateId.toString()).when().get(NOTIFICATIONS)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].recipient", equalTo(HST))
                .body("items[0].routing", equalTo("FACILITY_UNIT")).body("items[0].urgent", equalTo(true));
        as(TestTokens.POLRES_OFFICER).when().get(path).then().statusCode(404).contentType("application/problem+json");
        as(TestTokens.POLRES_HEAD).queryParam("inmateId", inmateId.toString()).when().get(NOTIFICATIONS).then().statusCode(200)
                .body("total", equalTo(0));
        as(TestTokens.POLRES_OFFICER).header("If-Match", "\"0\"").body("{\"note\":\"Bukan wilayah kami\"}").when()
                .post(path + "/acknowledge").then().statusCode(404);
        act(HST_OFFICER, path, "acknowledge", "{\"note\":\"Tim buru sergap dikerahkan\"}").then().statusCode(200)
                .body("acknowledgedUnit", equalTo(HST));
    }

    @Test
    void aBarabaiReleaseWithoutAPlanGoesToPolresHst() {
        Region.barabai();
        UUID inmateId = Region.admitted(TestTokens.OTHER_FACILITY, "HIGH", "B.I");
        Notification notice = releasedWithoutPlan(inmateId, TestTokens.OTHER_FACILITY);
        assertThat(notice.recipient).isEqualTo(HST);
        assertThat(notice.routing).isEqualTo(Routing.FACILITY_UNIT_NO_PLAN);
        assertThat(issued(notice).at("/notification/recipient").asText()).isEqualTo(HST);
        String path = NOTIFICATIONS + "/" + notice.id;

        as(HST_OFFICER).when().get(path).then().statusCode(200).body("routing", equalTo("FACILITY_UNIT_NO_PLAN"))
                .body("kind", equalTo("RELEASED"));
        as(TestTokens.POLRES_OFFICER).when().get(path).then().statusCode(404);
        as(TestTokens.POLRES_OFFICER).queryParam("inmateId", inmateId.toString()).when().get(NOTIFICATIONS).then()
                .statusCode(200).body("total", equalTo(0));
        // The release behind the re-offence indicators is Polres HST's too.
        Feed.awaitApplied(() -> releaseOf(inmateId) != null);
        assertThat(releaseOf(inmateId).polresUnit).isEqualTo(HST);
    }

    @Test
    void aPoliceDetaineesDetainingUnitWinsElseTheFacilitysUnit() {
        Region.barabai();
        Notification balangan = detentionEnding(TestTokens.OTHER_FACILITY, "Satreskrim Polres Balangan");
        assertThat(balangan.recipient).isEqualTo(TestTokens.OTHER_POLRES_UNIT);
        assertThat(balangan.routing).isEqualTo(Routing.DETAINING_UNIT);
        as(TestTokens.OTHER_UNIT_OFFICER).when().get(NOTIFICATIONS + "/" + balangan.id).then().statusCode(200)
                .body("routing", equalTo("DETAINING_UNIT"));
        as(HST_OFFICER).when().get(NOTIFICATIONS + "/" + balangan.id).then().statusCode(404);

        // The longest name the text holds as whole words: Banjarbaru, not Banjar.
        Notification banjarbaru = detentionEnding(TestTokens.OTHER_FACILITY, "Satreskrim Polres Banjarbaru");
        assertThat(banjarbaru.recipient).isEqualTo("POLRES-BANJARBARU");
        assertThat(detentionEnding(TestTokens.OTHER_FACILITY, "POLRES-HSU").recipient).isEqualTo(TestTokens.POLRES_UNIT);

        Notification polsek = detentionEnding(TestTokens.OTHER_FACILITY, "Unit Reskrim Polsek Batang Alai Selatan");
        assertThat(polsek.recipient).isEqualTo(HST);
        assertThat(polsek.routing).isEqualTo(Routing.FACILITY_UNIT);
        assertThat(issued(polsek).at("/notification/audience").asText()).isEqualTo("POLRES");
        as(HST_OFFICER).when().get(NOTIFICATIONS + "/" + polsek.id).then().statusCode(200);
        as(TestTokens.POLRES_OFFICER).when().get(NOTIFICATIONS + "/" + polsek.id).then().statusCode(404);
    }

    @Test
    void aFacilityLiaisonDoesNotKnowFallsBackToTheConfiguredUnitSayingWhy() {
        String unknown = "LAPAS-TAK-DIKENAL-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        UUID escaper = Region.admitted(unknown, "LOW", "B.I");
        Notification escape = escapes(escaper, unknown);
        assertThat(escape.recipient).isEqualTo(config.polresUnit()).isEqualTo(TestTokens.POLRES_UNIT);
        assertThat(escape.routing).isEqualTo(Routing.HOME_UNIT);
        as(TestTokens.POLRES_OFFICER).when().get(NOTIFICATIONS + "/" + escape.id).then().statusCode(200)
                .body("routing", equalTo("HOME_UNIT"));
        as(HST_OFFICER).when().get(NOTIFICATIONS + "/" + escape.id).then().statusCode(404);

        UUID released = Region.admitted(unknown, "HIGH", "B.I");
        Notification release = releasedWithoutPlan(released, unknown);
        assertThat(release.recipient).isEqualTo(config.polresUnit());
        assertThat(release.routing).isEqualTo(Routing.HOME_UNIT_NO_PLAN);
        assertThat(issued(release).at("/notification/routing").asText()).isEqualTo("HOME_UNIT_NO_PLAN");

        // Known, but in a regency no unit of the directory covers (Paser, Kalimantan Timur).
        String outside = "LAPAS-LUAR-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Region.facility(outside, "Lapas Luar Wilayah", "64.01", "Kabupaten Paser");
        Notification elsewhere = escapes(Region.admitted(outside, "LOW", "B.I"), outside);
        assertThat(elsewhere.recipient).isEqualTo(config.polresUnit());
        assertThat(elsewhere.routing).isEqualTo(Routing.HOME_UNIT);
    }

    @Test
    void barabaisIncidentsAndMeetingsAreHeldWithPolresHst() {
        Region.barabai();
        UUID suspect = Region.admitted(TestTokens.OTHER_FACILITY, "MEDIUM", "B.I");
        String incident = IncidentTest.reported(TestTokens.OTHER_LAPAS_SECURITY,
                IncidentTest.report("CONTRABAND_PHONE", "MEDIUM", true, suspect));
        as(HST_OFFICER).when().get(incident).then().statusCode(200).body("polresUnit", equalTo(HST));
        as(TestTokens.POLRES_OFFICER).when().get(incident).then().statusCode(404);

        String meeting = MeetingTest.scheduled(TestTokens.OTHER_LAPAS_LIAISON, "Rakor Barabai " + System.nanoTime(), 0);
        as(TestTokens.OTHER_LAPAS_LIAISON).when().get(meeting).then().statusCode(200).body("polresUnit", equalTo(HST));
        as(TestTokens.POLRES_OFFICER).when().get(meeting).then().statusCode(404);
    }
}
