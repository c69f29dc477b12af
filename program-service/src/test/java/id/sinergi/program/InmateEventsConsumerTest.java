package id.sinergi.program;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.local.DevTokens;
import id.sinergi.local.KafkaTestClient;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.testing.TestTokens;
import id.sinergi.program.domain.KnownInmate;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sinergi.program.Api.as;
import static id.sinergi.program.Api.enrolled;
import static id.sinergi.program.Api.enrolmentAction;
import static id.sinergi.platform.testing.RecordedEvents.events;
import static id.sinergi.program.Api.openProgramme;
import static id.sinergi.program.Inmates.atVersion;
import static id.sinergi.program.Inmates.deliver;
import static id.sinergi.program.Inmates.example;
import static id.sinergi.program.Inmates.known;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * program-service's reactions to inmate events, driven by inmate-service's own AsyncAPI examples:
 * the read model, endings on release, transfer (out of the region or inside it, and the arrival) and
 * integration (PB, CB, CMB), reviews on risk raised to HIGH, and redeliveries that change nothing.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class InmateEventsConsumerTest {

    private static long processedCount(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) KnownInmate.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE event_id = CAST(?1 AS uuid)", Long.class)
                .setParameter(1, eventId).getSingleResult());
    }

    /** Sends an event again (same id), then waits until an event sent behind it on the same key is processed. */
    private static void redeliver(ObjectNode event) {
        Inmates.send(event);
        deliver(example("InmateReleaseDue", UUID.fromString(event.get("subject").asText())));
    }

    private static String enrolmentJson(String id) {
        return as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/" + id).then().statusCode(200).extract().asString();
    }

    @Test
    void theProducersExampleBuildsTheReadModelOnceEvenWhenRedelivered() {
        UUID inmateId = UUID.randomUUID();
        ObjectNode event = example("InmateAdmitted", inmateId);
        Inmates.send(event);
        redeliver(event);
        KnownInmate inmate = known(inmateId);
        assertThat(inmate.registerNumber).isEqualTo("B.I-0123/2026");
        assertThat(inmate.registerClass).isEqualTo("B.I");
        assertThat(inmate.riskLevel).isEqualTo("HIGH");
        assertThat(inmate.status).isEqualTo("IN_CUSTODY");
        assertThat(inmate.location).isEqualTo("IN_FACILITY");
        assertThat(processedCount(event.get("id").asText())).isEqualTo(1);
    }

    private static List<String> processedNames(ObjectNode... events) {
        List<String> ids = java.util.Arrays.stream(events).map(e -> e.get("id").asText()).toList();
        return QuarkusTransaction.requiringNew().call(() -> KnownInmate.getEntityManager()
                .createNativeQuery("SELECT event_type FROM processed_event WHERE event_id::text = ANY (?1)", String.class)
                .setParameter(1, ids.toArray(String[]::new)).getResultList());
    }

    /**
     * Issue 24: inmate-service publishes {@code id.sinergi.inmate.admitted} from
     * {@code https://sinergi.id/services/inmate-service}; events named as before ({@code inmate.admitted}
     * from {@code inmate-service}) are still on the topic, and come from a replica not yet upgraded. Each
     * form is applied, once; a type program-service has no handler for is recorded and skipped in either
     * form, as a type added later always was.
     */
    @Test
    void anAdmissionNamedAsBeforeIssue24AndOneNamedAsNowAreEachAppliedOnce() {
        UUID namedAsBefore = UUID.randomUUID();
        ObjectNode legacy = example("InmateAdmitted", namedAsBefore, Map.of("registerNumber", "B.I-2401/2026"));
        legacy.put("type", "inmate.admitted").put("source", "inmate-service");
        UUID namedAsNow = UUID.randomUUID();
        ObjectNode current = example("InmateAdmitted", namedAsNow, Map.of("registerNumber", "B.I-2402/2026"));
        assertThat(current.get("type").asText()).isEqualTo("id.sinergi.inmate.admitted");
        assertThat(current.get("source").asText()).isEqualTo("https://sinergi.id/services/inmate-service");

        deliver(legacy);
        redeliver(legacy);
        deliver(current);
        redeliver(current);

        assertThat(known(namedAsBefore).registerNumber).isEqualTo("B.I-2401/2026");
        assertThat(known(namedAsNow).registerNumber).isEqualTo("B.I-2402/2026");
        assertThat(processedCount(legacy.get("id").asText())).isEqualTo(1);
        assertThat(processedCount(current.get("id").asText())).isEqualTo(1);
        assertThat(processedNames(legacy, current)).containsOnly("inmate.admitted").hasSize(2);

        UUID photographed = UUID.randomUUID();
        ObjectNode unknownBefore = example("InmateAdmitted", photographed);
        unknownBefore.put("type", "inmate.photographed").put("source", "inmate-service");
        ObjectNode unknownNow = example("InmateAdmitted", photographed);
        unknownNow.put("type", "id.sinergi.inmate.photographed");
        deliver(unknownBefore);
        deliver(unknownNow);
        assertThat(known(photographed)).as("no handler: recorded as processed, nothing applied").isNull();
        assertThat(processedNames(unknownBefore, unknownNow)).containsOnly("inmate.photographed").hasSize(2);
    }

    @Test
    void everyInmateEventTypeThatMattersKeepsTheReadModel() {
        UUID id = UUID.randomUUID();
        deliver(example("InmateAdmitted", id, Map.of("riskLevel", "LOW")));
        deliver(example("InmateUpdated", id, Map.of("registerNumber", "B.I-0999/2026", "riskLevel", "LOW")));
        assertThat(known(id).registerNumber).isEqualTo("B.I-0999/2026");
        deliver(example("InmateClassChanged", id, Map.of("registerClass", "B.IIa", "riskLevel", "LOW")));
        assertThat(known(id).registerClass).isEqualTo("B.IIa");
        deliver(atVersion(example("InmateMoved", id, Map.of("riskLevel", "LOW")), 3));
        assertThat(known(id).location).isEqualTo("POLICE_LOAN");
        deliver(atVersion(example("InmateRiskChanged", id), 4));
        assertThat(known(id).riskLevel).isEqualTo("HIGH");
        deliver(example("InmateTransferred", id, Map.of("status", "TRANSFERRED")));
        assertThat(known(id).status).isEqualTo("TRANSFERRED");
        assertThat(known(id).snapshotVersion).isEqualTo(5);

        UUID released = UUID.randomUUID();
        deliver(example("InmateReleased", released));
        assertThat(known(released).status).isEqualTo("RELEASED");
        UUID notified = UUID.randomUUID();
        deliver(example("InmateDetentionExpiring", notified));
        assertThat(known(notified)).as("notices carry nothing program-service keeps").isNull();
    }

    @Test
    void aReleaseEndsOpenEnrolmentsOnceAndTheFreedPlaceGoesToTheWaitingList() {
        String small = openProgramme(1);
        String other = openProgramme(5);
        List<UUID> inmates = Inmates.admitted(2, "B.I", "LOW");
        UUID leaving = inmates.get(0);
        String active = enrolled(small, leaving);
        String waiting = enrolled(small, inmates.get(1));
        String requested = Api.requested(other, leaving);
        assertThat(Api.state(waiting)).isEqualTo("WAITLISTED");

        ObjectNode release = example("InmateReleased", leaving);
        deliver(release);
        for (String id : List.of(active, requested)) {
            as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/" + id).then()
                    .body("state", equalTo("ENDED")).body("reason", equalTo("RELEASED")).body("changedBy", equalTo("system"));
        }
        assertThat(Api.state(waiting)).isEqualTo("ACTIVE");
        assertThat(events(active, "program.enrolment-changed").get(2).at("/enrolment/reason").asText()).isEqualTo("RELEASED");

        String before = enrolmentJson(waiting) + enrolmentJson(active) + enrolmentJson(requested);
        int eventsBefore = events(active, "program.enrolment-changed").size() + events(waiting, "program.enrolment-changed").size();
        redeliver(release);
        assertThat(enrolmentJson(waiting) + enrolmentJson(active) + enrolmentJson(requested)).isEqualTo(before);
        assertThat(events(active, "program.enrolment-changed").size() + events(waiting, "program.enrolment-changed").size())
                .isEqualTo(eventsBefore);
        assertThat(processedCount(release.get("id").asText())).isEqualTo(1);
        Api.request(TestTokens.OFFICER, other, leaving).statusCode(422);
    }

    @Test
    void aTransferOrADeathEndsEnrolmentsWithItsReason() {
        String programId = openProgramme(1);
        List<UUID> inmates = Inmates.admitted(2, "B.I", "LOW");
        String active = enrolled(programId, inmates.get(0));
        String waiting = enrolled(programId, inmates.get(1));
        // Out of the region: the stay ends.
        deliver(example("InmateTransferred", inmates.get(1), Map.of("status", "TRANSFERRED")));
        as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/" + waiting).then()
                .body("state", equalTo("ENDED")).body("reason", equalTo("TRANSFERRED"));
        ObjectNode death = example("InmateReleased", inmates.get(0));
        ((ObjectNode) death.get("data")).put("reason", "DECEASED");
        deliver(death);
        as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/" + active).then()
                .body("state", equalTo("ENDED")).body("reason", equalTo("DIED"));
    }

    @Test
    void aTransferInsideTheRegionEndsEnrolmentsAndTheArrivalMovesTheWbpToTheReceivingFacility() {
        UUID moving = Inmates.admitted();
        UUID staying = Inmates.admitted();
        String active = enrolled(openProgramme(5), moving);
        String suspended = enrolled(openProgramme(5), moving);
        enrolmentAction(TestTokens.OFFICER, suspended, "suspend", "{\"reason\":\"Sakit\"}").statusCode(200);
        String requested = Api.requested(openProgramme(5), moving);
        String full = openProgramme(1);
        String othersPlace = enrolled(full, staying);
        String waitlisted = enrolled(full, moving);
        assertThat(Api.state(waitlisted)).isEqualTo("WAITLISTED");
        String barabai = openProgramme(TestTokens.OTHER_FACILITY_PROGRAM_OFFICER, Api.programme(Api.uniqueCode("BRB"), 5, "", ""));

        deliver(Inmates.transferredWithinRegion(moving, 5, TestTokens.FACILITY, TestTokens.OTHER_FACILITY));
        for (String id : List.of(active, suspended, requested, waitlisted)) {
            as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/" + id).then()
                    .body("state", equalTo("ENDED")).body("reason", equalTo("TRANSFERRED")).body("changedBy", equalTo("system"));
        }
        assertThat(Api.state(othersPlace)).isEqualTo("ACTIVE");
        KnownInmate inTransit = known(moving);
        assertThat(inTransit.status).isEqualTo("IN_TRANSIT");
        assertThat(inTransit.facility).isEqualTo(TestTokens.FACILITY);
        assertThat(inTransit.transferredTo).isEqualTo(TestTokens.OTHER_FACILITY);
        // In transit: the sending facility still holds the WBP, the receiving one sees them too, nobody enrols them.
        String participation = "/api/v1/enrolments/participation/" + moving;
        as(TestTokens.OFFICER).when().get(participation).then().statusCode(200).body("enrolments", hasSize(4));
        as(TestTokens.OTHER_FACILITY_HEAD).when().get(participation).then().statusCode(200).body("enrolments", hasSize(4));
        as(DevTokens.mint("kalapas-kdg", Roles.LAPAS_HEAD, "LAPAS", "LAPAS-KANDANGAN")).when().get(participation).then()
                .statusCode(404);
        Api.request(TestTokens.OFFICER, openProgramme(5), moving).statusCode(422).body("reasons", contains("NOT_IN_CUSTODY"));

        deliver(Inmates.transferArrived(moving, 6, TestTokens.FACILITY, TestTokens.OTHER_FACILITY, "B.I-0871/2026"));
        KnownInmate arrived = known(moving);
        assertThat(arrived.facility).isEqualTo(TestTokens.OTHER_FACILITY);
        assertThat(arrived.status).isEqualTo("IN_CUSTODY");
        assertThat(arrived.registerNumber).isEqualTo("B.I-0871/2026");
        assertThat(arrived.transferredTo).isNull();
        // The history follows the WBP to the receiving facility, with the enrolments of the sending one.
        as(TestTokens.OTHER_FACILITY_HEAD).when().get(participation).then().statusCode(200)
                .body("registerNumber", equalTo("B.I-0871/2026")).body("enrolments", hasSize(4))
                .body("enrolments.state", everyItem(equalTo("ENDED")))
                .body("enrolments.programme.facility", everyItem(equalTo(TestTokens.FACILITY)));
        as(TestTokens.OFFICER).when().get(participation).then().statusCode(404);
        Api.request(TestTokens.OTHER_FACILITY_PROGRAM_OFFICER, barabai, moving).statusCode(201)
                .body("programme.facility", equalTo(TestTokens.OTHER_FACILITY));
        Api.request(TestTokens.OFFICER, openProgramme(5), moving).statusCode(422).body("reasons", contains("UNKNOWN_INMATE"));
    }

    @Test
    void anArrivalAheadOfItsFailedTransferEndsTheEnrolmentsLeftInTheSendingFacility() {
        UUID moving = Inmates.admitted();
        String active = enrolled(openProgramme(5), moving);
        ObjectNode transfer = Inmates.transferredWithinRegion(moving, 5, TestTokens.FACILITY, TestTokens.OTHER_FACILITY);

        deliver(Inmates.transferArrived(moving, 6, TestTokens.FACILITY, TestTokens.OTHER_FACILITY, "B.I-0872/2026"));
        as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/" + active).then()
                .body("state", equalTo("ENDED")).body("reason", equalTo("TRANSFERRED"));
        String ended = enrolmentJson(active);
        // The transfer, re-driven from the dead-letter topic, changes nothing now.
        deliver(transfer);
        assertThat(enrolmentJson(active)).isEqualTo(ended);
        assertThat(known(moving).facility).isEqualTo(TestTokens.OTHER_FACILITY);
        assertThat(known(moving).status).isEqualTo("IN_CUSTODY");
        assertThat(known(moving).transferredTo).isNull();
    }

    @Test
    void aSnapshotWithoutFacilityIsOfTheConfiguredFacilityAndLaterOnesKeepTheFacilityHeld() {
        UUID inmate = UUID.randomUUID();
        ObjectNode older = example("InmateAdmitted", inmate);
        ((ObjectNode) older.at("/data/inmate")).remove("facility");
        deliver(older);
        assertThat(known(inmate).facility).isEqualTo(TestTokens.FACILITY);
        deliver(Inmates.transferArrived(inmate, 6, TestTokens.FACILITY, TestTokens.OTHER_FACILITY, "B.I-0873/2026"));
        ObjectNode update = atVersion(example("InmateUpdated", inmate), 7);
        ((ObjectNode) update.at("/data/inmate")).remove("facility");
        deliver(update);
        assertThat(known(inmate).facility).isEqualTo(TestTokens.OTHER_FACILITY);
    }

    @Test
    void aStatusInmateServiceAddsIsHeldAndIsNoPoisonEvent() {
        UUID inmate = Inmates.admitted();
        deliver(atVersion(example("InmateUpdated", inmate, Map.of("status", "SOME_LATER_STATUS", "riskLevel", "LOW")), 9));
        assertThat(known(inmate).status).isEqualTo("SOME_LATER_STATUS");
        Api.request(TestTokens.OFFICER, openProgramme(5), inmate).statusCode(422).body("reasons", contains("NOT_IN_CUSTODY"));
    }

    @Test
    void anIntegrationEndsEnrolmentsAsAReleaseDoesAndARevocationLetsTheWbpEnrolAgain() {
        String programId = openProgramme(5);
        UUID paroled = Inmates.admitted("B.I", "LOW");
        String active = enrolled(programId, paroled);
        // inmate-service's example: PB under Bapas Kelas II Barabai, at version 9.
        deliver(example("InmateIntegrationStarted", paroled, Map.of("riskLevel", "LOW")));
        assertThat(known(paroled).status).isEqualTo("IN_INTEGRATION");
        as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/" + active).then()
                .body("state", equalTo("ENDED")).body("reason", equalTo("INTEGRATION")).body("changedBy", equalTo("system"));
        Api.request(TestTokens.OFFICER, openProgramme(5), paroled).statusCode(422);

        deliver(example("InmateIntegrationRevoked", paroled, Map.of("riskLevel", "LOW")));
        assertThat(known(paroled).status).isEqualTo("IN_CUSTODY");
        Api.request(TestTokens.OFFICER, openProgramme(5), paroled).statusCode(201);
    }

    @Test
    void aRiskRaisedToHighQueuesEachOpenEnrolmentForReviewOnce() {
        UUID inmate = Inmates.admitted("B.I", "MEDIUM");
        String first = enrolled(openProgramme(5), inmate);
        String second = Api.requested(openProgramme(5), inmate);
        String finished = enrolled(openProgramme(5), inmate);
        enrolmentAction(TestTokens.OFFICER, finished, "complete", "{}").statusCode(200);

        ObjectNode raised = example("InmateRiskChanged", inmate);
        deliver(raised);
        redeliver(raised);
        ObjectNode reassessed = example("InmateRiskChanged", inmate);
        ((ObjectNode) reassessed.get("data")).put("previousLevel", "HIGH");
        deliver(reassessed);

        var queue = as(TestTokens.SECURITY).queryParam("pending", true).queryParam("size", 100).when()
                .get("/api/v1/enrolments/reviews").then().statusCode(200).extract().jsonPath();
        List<String> queued = queue.getList("items.findAll { it.inmateId == '" + inmate + "' }.enrolmentId");
        assertThat(queued).containsExactlyInAnyOrder(first, second);
        assertThat(queue.getString("items.find { it.enrolmentId == '" + first + "' }.previousRiskLevel")).isEqualTo("MEDIUM");
        as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/" + first).then().body("pendingReviews", equalTo(1))
                .body("state", equalTo("ACTIVE"));

        String review = queue.getString("items.find { it.enrolmentId == '" + first + "' }.id");
        String ack = "{\"note\":\"Discussed with kamtib; stays, seated apart\"}";
        String acknowledge = "/api/v1/enrolments/reviews/" + review + "/acknowledge";
        as(TestTokens.SECURITY).body(ack).when().post(acknowledge).then().statusCode(403);
        as(TestTokens.OFFICER).header("If-Match", "\"0\"").body("{}").when().post(acknowledge).then().statusCode(400);
        as(TestTokens.OFFICER).body(ack).when().post(acknowledge).then().statusCode(428);
        as(TestTokens.OFFICER).header("If-Match", "\"0\"").body(ack).when().post(acknowledge).then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED")).body("acknowledgedBy", equalTo("programs-1")).header("ETag", "\"1\"");
        as(TestTokens.OFFICER).header("If-Match", "\"1\"").body(ack).when().post(acknowledge).then().statusCode(409)
                .body("type", equalTo("https://sinergi.id/problems/transition-not-allowed"))
                .body("state", equalTo("ACKNOWLEDGED")).body("allowedActions", empty());
        as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/" + first).then().body("pendingReviews", equalTo(0));
        as(TestTokens.AUDITOR).queryParam("enrolmentId", first).queryParam("pending", false).when()
                .get("/api/v1/enrolments/reviews").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].note", equalTo("Discussed with kamtib; stays, seated apart"));
        as(TestTokens.POLRES_HEAD).when().get("/api/v1/enrolments/reviews").then().statusCode(403);
    }

    private static long pendingReviews(String enrolmentId) {
        return as(TestTokens.AUDITOR).queryParam("enrolmentId", enrolmentId).queryParam("pending", true).when()
                .get("/api/v1/enrolments/reviews").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void anOldSnapshotComingLateDoesNotUndoANewerOne() {
        UUID id = UUID.randomUUID();
        deliver(example("InmateAdmitted", id, Map.of("riskLevel", "LOW")));
        deliver(example("InmateClassChanged", id, Map.of("registerClass", "B.IIa", "riskLevel", "LOW")));
        // An update made between the two, re-driven from the dead-letter topic after the class change.
        deliver(example("InmateUpdated", id, Map.of("registerNumber", "B.I-0999/2026", "registerClass", "B.I",
                "riskLevel", "LOW")));
        KnownInmate held = known(id);
        assertThat(held.registerClass).isEqualTo("B.IIa");
        assertThat(held.registerNumber).isEqualTo("B.I-0123/2026");
        assertThat(held.snapshotVersion).isEqualTo(2);
        // The same version again carries the same facts: nothing changes either.
        deliver(atVersion(example("InmateMoved", id, Map.of("registerClass", "B.IIa", "riskLevel", "LOW")), 2));
        assertThat(known(id).location).isEqualTo("IN_FACILITY");
    }

    @Test
    void aLateReleaseEndsEnrolmentsOnlyWhileTheWbpIsStillReleased() {
        String programId = openProgramme(5);
        List<UUID> inmates = Inmates.admitted(2, "B.I", "LOW");
        UUID back = inmates.get(0);
        UUID gone = inmates.get(1);
        String kept = enrolled(programId, back);
        String ended = enrolled(programId, gone);

        // A newer snapshot says the WBP is in custody (admitted again since): an old release must not end their enrolment.
        deliver(atVersion(example("InmateUpdated", back, Map.of("riskLevel", "LOW")), 9));
        deliver(example("InmateReleased", back));
        assertThat(Api.state(kept)).isEqualTo("ACTIVE");
        assertThat(known(back).status).isEqualTo("IN_CUSTODY");

        // A newer snapshot already says RELEASED (the release itself failed first): the late release still ends it.
        deliver(atVersion(example("InmateUpdated", gone, Map.of("status", "RELEASED", "riskLevel", "LOW")), 9));
        assertThat(Api.state(ended)).isEqualTo("ACTIVE");
        deliver(example("InmateReleased", gone));
        as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/" + ended).then()
                .body("state", equalTo("ENDED")).body("reason", equalTo("RELEASED"));
        assertThat(known(gone).snapshotVersion).isEqualTo(9);
    }

    @Test
    void aLateRaiseToHighQueuesReviewsOnlyWhileTheRiskIsHighAndNotTwice() {
        List<UUID> inmates = Inmates.admitted(3, "B.I", "MEDIUM");
        String programId = openProgramme(5);
        String lowered = enrolled(programId, inmates.get(0));
        String raisedTwice = enrolled(programId, inmates.get(1));
        String stillHigh = enrolled(programId, inmates.get(2));

        // Lowered since: the old raise queues nothing.
        deliver(atVersion(example("InmateUpdated", inmates.get(0), Map.of("riskLevel", "LOW")), 5));
        deliver(example("InmateRiskChanged", inmates.get(0)));
        assertThat(pendingReviews(lowered)).isZero();
        assertThat(known(inmates.get(0)).riskLevel).isEqualTo("LOW");

        // A newer raise already queued the enrolment: the old one adds no second review.
        deliver(atVersion(example("InmateRiskChanged", inmates.get(1)), 4));
        deliver(example("InmateRiskChanged", inmates.get(1)));
        assertThat(pendingReviews(raisedTwice)).isEqualTo(1);

        // Still HIGH, and nothing queued it yet: the late raise does.
        deliver(atVersion(example("InmateUpdated", inmates.get(2), Map.of("riskLevel", "HIGH")), 5));
        assertThat(pendingReviews(stillHigh)).isZero();
        deliver(example("InmateRiskChanged", inmates.get(2)));
        assertThat(pendingReviews(stillHigh)).isEqualTo(1);
    }

    @Test
    void anEventMissingRequiredDataIsDeadLetteredAndTheNextOneApplied() {
        KafkaTestClient kafka = new KafkaTestClient(SinergiTestResource.kafka().bootstrapServers());
        UUID broken = UUID.randomUUID();
        ObjectNode event = example("InmateAdmitted", broken);
        ((ObjectNode) event.at("/data/inmate")).remove("registerNumber");
        UUID withoutVersion = UUID.randomUUID();
        ObjectNode unversioned = example("InmateAdmitted", withoutVersion);
        ((ObjectNode) unversioned.at("/data/inmate")).remove("version");
        unversioned.put("subject", broken.toString());
        Inmates.send(unversioned);
        Inmates.send(event);
        UUID next = UUID.randomUUID();
        ObjectNode good = example("InmateAdmitted", next);
        good.put("subject", broken.toString());
        Inmates.send(good);

        await().atMost(Duration.ofSeconds(30)).until(() -> known(next) != null);
        assertThat(known(broken)).isNull();
        assertThat(known(withoutVersion)).as("a snapshot without its version cannot be ordered").isNull();
        var dead = kafka.readUntil(Inmates.TOPIC + ".program-service.dlq",
                read -> read.stream().anyMatch(r -> broken.toString().equals(r.key())), Duration.ofSeconds(30));
        assertThat(dead).anyMatch(r -> broken.toString().equals(r.key()));
    }
}
