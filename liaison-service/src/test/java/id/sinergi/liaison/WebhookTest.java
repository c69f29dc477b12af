package id.sinergi.liaison;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.liaison.Receiver.Answer;
import id.sinergi.liaison.webhook.service.WebhookDispatcher;
import id.sinergi.liaison.webhook.service.WebhookMonitor;
import id.sinergi.platform.testing.TestClock;
import id.sinergi.local.SinergiTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static id.sinergi.liaison.Api.as;
import static id.sinergi.platform.testing.TestTokens.AUDITOR;
import static id.sinergi.platform.testing.TestTokens.FACILITY_AUDITOR;
import static id.sinergi.platform.testing.TestTokens.KANWIL_OFFICER;
import static id.sinergi.platform.testing.TestTokens.LAPAS_HEAD;
import static id.sinergi.platform.testing.TestTokens.OTHER_FACILITY;
import static id.sinergi.platform.testing.TestTokens.OTHER_FACILITY_AUDITOR;
import static id.sinergi.platform.testing.TestTokens.OTHER_FACILITY_HEAD;
import static id.sinergi.platform.testing.TestTokens.OTHER_POLRES_HEAD;
import static id.sinergi.platform.testing.TestTokens.OTHER_POLRES_UNIT;
import static id.sinergi.platform.testing.TestTokens.POLRES_HEAD;
import static id.sinergi.platform.testing.TestTokens.POLRES_OFFICER;
import static id.sinergi.platform.testing.TestTokens.POLRES_UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Webhooks end to end: events put on the real topics, fanned out by the webhook consumer, and POSTed
 * by the dispatcher to a real HTTP receiver on loopback, whose signature the test checks on its own.
 * In tests a POST times out after 1 s, retries wait 1 s, 1 s, then 2 s, and 4 failures in a row pause.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class WebhookTest {

    private static final String PATH = "/api/v1/liaison/subscriptions";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(40);

    @Inject
    EntityManager entityManager;

    @Inject
    WebhookMonitor monitor;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    TestClock clock;

    /** Subscriptions made by a test (id → owner's token), cancelled after it so later events do not pile up. */
    private final Map<String, String> made = new java.util.HashMap<>();
    private final List<Receiver> receivers = new ArrayList<>();

    /**
     * Waits until the webhook consumer has read everything earlier tests put on the inmate topic, so
     * a new subscription gets only the events its test sends.
     */
    @BeforeEach
    void webhookConsumerCaughtUp() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SinergiTestResource.kafka().bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("liaison-webhooks")
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
                for (int partition = 0; partition < 3; partition++) {
                    latest.put(new TopicPartition(Feed.INMATE_TOPIC, partition), OffsetSpec.latest());
                }
                var ends = admin.listOffsets(latest).all().get();
                return ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                        || (committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue().offset()));
            });
        }
    }

    @AfterEach
    void cancelSubscriptions() {
        made.forEach((id, token) -> {
            if (!"CANCELLED".equals(as(token).when().get(PATH + "/" + id).then().extract().path("state"))) {
                Api.act(token, PATH + "/" + id, "cancel", null).then().statusCode(200);
            }
        });
        receivers.forEach(Receiver::close);
    }

    private Receiver receiver() {
        Receiver receiver = Receiver.start();
        receivers.add(receiver);
        return receiver;
    }

    /** Subscribes with a generated secret; returns the answer (id, secret, …). */
    private JsonPath subscribe(String token, String url, String... types) {
        JsonPath created = as(token).body(Map.of("eventTypes", List.of(types), "url", url))
                .when().post(PATH).then().statusCode(201)
                .header("Location", startsWith("http")).header("ETag", notNullValue())
                .body("state", equalTo("ACTIVE"))
                .extract().jsonPath();
        made.put(created.getString("id"), token);
        return created;
    }

    private static ObjectNode moved(UUID inmateId, Consumer<ObjectNode> edit) {
        return Feed.inmateEvent("InmateMoved", inmateId, edit);
    }

    private static String id(ObjectNode event) {
        return event.get("id").asText();
    }

    private static List<Receiver.Request> of(Receiver receiver, String eventId) {
        return receiver.requests().stream().filter(r -> eventId.equals(r.header("webhook-id"))).toList();
    }

    private static void awaitDelivered(Receiver receiver, String eventId) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> !of(receiver, eventId).isEmpty());
    }

    private boolean fannedOut(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM processed_event WHERE consumer = 'liaison-webhooks.inmate-events' AND event_id = ?1")
                .setParameter(1, UUID.fromString(eventId)).getSingleResult()).longValue() == 1);
    }

    private static JsonPath deliveries(String token, String subscription) {
        return as(token).when().get(PATH + "/" + subscription + "/deliveries").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> delivery(String token, String subscription, String eventId) {
        List<Map<String, Object>> items = deliveries(token, subscription).getList("items");
        return items.stream().filter(d -> eventId.equals(d.get("eventId"))).findFirst().orElse(null);
    }

    /** Recomputes the Standard Webhooks signature from the secret, the id, the timestamp and the raw body. */
    private static void assertSigned(Receiver.Request request, String secret) throws Exception {
        String id = request.header("webhook-id");
        String timestamp = request.header("webhook-timestamp");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(java.util.Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + java.util.Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
        assertThat(request.header("webhook-signature")).isEqualTo(expected);
        assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), within(120L));
        assertThat(request.header("content-type")).isEqualTo("application/json");
    }

    @Test
    void aSubscriberReceivesASignedMinimisedEventOfItsFacilityAndNothingOfAnother() throws Exception {
        Receiver receiver = receiver();
        JsonPath created = subscribe(LAPAS_HEAD, receiver.url(), "inmate.moved", "inmate.release-planned");
        String secret = created.getString("secret");
        assertThat(secret).startsWith("whsec_");
        as(LAPAS_HEAD).when().get(PATH + "/" + created.getString("id")).then().statusCode(200)
                .body("secret", nullValue()).body("ownerUnit", equalTo("LAPAS-AMUNTAI")).body("ownerRole", equalTo("lapas-head"));

        ObjectNode elsewhere = moved(UUID.randomUUID(), e -> Feed.inmate(e).put("facility", OTHER_FACILITY));
        UUID inmateId = UUID.randomUUID();
        ObjectNode planned = Feed.inmateEvent("InmateReleasePlanned", inmateId, e -> Feed.inmate(e)
                .put("nik", "6308011203900001").put("birthDate", "1990-03-12"));
        awaitDelivered(receiver, id(planned));

        Receiver.Request request = of(receiver, id(planned)).get(0);
        assertSigned(request, secret);
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("specversion").asText()).isEqualTo("1.0");
        assertThat(body.get("id").asText()).isEqualTo(id(planned));
        assertThat(body.get("type").asText()).isEqualTo("id.sinergi.inmate.release-planned");
        assertThat(body.get("source").asText()).isEqualTo("https://sinergi.id/services/inmate-service");
        assertThat(body.at("/data/inmate/inmateId").asText()).isEqualTo(inmateId.toString());
        assertThat(body.at("/data/inmate").fieldNames()).toIterable().containsExactlyInAnyOrder("inmateId",
                "registerNumber", "registerClass", "fullName", "status", "location", "facility", "riskLevel",
                "expectedRelease");
        assertThat(body.at("/data/releasePlan").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("regencyCode", "regencyName", "bapas", "plannedAt");
        assertThat(request.body()).doesNotContain("6308011203900001", "1990-03-12", "receivedBy", "address", "phone",
                "personId", "cellBlock");

        await().atMost(PATIENCE).until(() -> fannedOut(id(elsewhere)));
        assertThat(of(receiver, id(elsewhere))).isEmpty();
        assertThat(delivery(LAPAS_HEAD, created.getString("id"), id(elsewhere))).isNull();
        assertThat(delivery(LAPAS_HEAD, created.getString("id"), id(planned)))
                .containsEntry("status", "DELIVERED").containsEntry("attempts", 1).containsEntry("lastStatusCode", 204);
    }

    /**
     * Issue 24: a subscription may name a type as before (inmate.moved) or as now (id.sinergi.inmate.moved),
     * one stored before the change holds the old name, and events come named either way (a producer not
     * yet upgraded, an event older than the upgrade): each subscription gets each event, named as now.
     */
    @Test
    void subscriptionsNamingATypeEitherWayGetEventsNamedEitherWayUnderTodaysName() throws Exception {
        Receiver oldName = receiver();
        Receiver newName = receiver();
        Receiver storedBefore = receiver();
        JsonPath byOldName = subscribe(LAPAS_HEAD, oldName.url(), "inmate.moved");
        JsonPath byBoth = subscribe(LAPAS_HEAD, newName.url(), "id.sinergi.inmate.moved", "inmate.moved");
        String before = subscribe(LAPAS_HEAD, storedBefore.url(), "id.sinergi.inmate.moved").getString("id");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "UPDATE webhook_subscription SET event_types = ARRAY['inmate.moved'] WHERE id = ?1")
                .setParameter(1, UUID.fromString(before)).executeUpdate());

        assertThat(byOldName.getList("eventTypes")).containsExactly("id.sinergi.inmate.moved");
        assertThat(byBoth.getList("eventTypes")).containsExactly("id.sinergi.inmate.moved");
        as(LAPAS_HEAD).when().get(PATH + "/" + before).then().statusCode(200)
                .body("eventTypes", equalTo(List.of("id.sinergi.inmate.moved")));

        ObjectNode namedAsBefore = moved(UUID.randomUUID(), e -> e.put("type", "inmate.moved").put("source", "inmate-service"));
        ObjectNode namedAsNow = moved(UUID.randomUUID(), e -> { });
        assertThat(namedAsNow.get("type").asText()).isEqualTo("id.sinergi.inmate.moved");
        for (Receiver receiver : List.of(oldName, newName, storedBefore)) {
            for (ObjectNode event : List.of(namedAsBefore, namedAsNow)) {
                awaitDelivered(receiver, id(event));
                JsonNode body = JSON.readTree(of(receiver, id(event)).get(0).body());
                assertThat(body.get("type").asText()).isEqualTo("id.sinergi.inmate.moved");
                assertThat(body.get("source").asText()).isEqualTo("https://sinergi.id/services/inmate-service");
            }
        }
        assertThat(delivery(LAPAS_HEAD, before, id(namedAsBefore))).containsEntry("eventType", "id.sinergi.inmate.moved");
    }

    @Test
    void theRegionSeesEveryFacilityAndPolresOnlyWhatConcernsItsUnit() {
        Receiver region = receiver();
        Receiver polres = receiver();
        subscribe(KANWIL_OFFICER, region.url(), "inmate.moved");
        String polresSubscription = subscribe(POLRES_HEAD, polres.url(), "inmate.moved").getString("id");

        ObjectNode detainedByUnit = moved(UUID.randomUUID(), e -> Feed.inmate(e).put("facility", OTHER_FACILITY)
                .put("detainingAuthority", POLRES_UNIT));
        ObjectNode detainedByOther = moved(UUID.randomUUID(), e -> Feed.inmate(e).put("detainingAuthority", OTHER_POLRES_UNIT));
        ObjectNode convict = moved(UUID.randomUUID(), e -> Feed.inmate(e).putNull("detainingAuthority"));

        awaitDelivered(region, id(detainedByUnit));
        awaitDelivered(region, id(detainedByOther));
        awaitDelivered(region, id(convict));
        awaitDelivered(polres, id(detainedByUnit));
        assertThat(of(polres, id(detainedByOther))).isEmpty();
        assertThat(of(polres, id(convict))).isEmpty();
        assertThat(delivery(POLRES_HEAD, polresSubscription, id(detainedByOther))).isNull();
    }

    @Test
    void aReceiverThatFailsThenRecoversGetsTheSameDeliveryLater() {
        Receiver receiver = receiver();
        receiver.answer(n -> Answer.status(n == 1 ? 500 : 204));
        JsonPath created = subscribe(LAPAS_HEAD, receiver.url(), "inmate.moved");

        ObjectNode event = moved(UUID.randomUUID(), e -> { });
        await().atMost(PATIENCE).until(() -> of(receiver, id(event)).size() == 2);

        List<Receiver.Request> attempts = of(receiver, id(event));
        assertThat(attempts.get(1).body()).isEqualTo(attempts.get(0).body());
        assertThat(Long.parseLong(attempts.get(1).header("webhook-timestamp")))
                .isGreaterThanOrEqualTo(Long.parseLong(attempts.get(0).header("webhook-timestamp")));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(delivery(LAPAS_HEAD, created.getString("id"), id(event)))
                .containsEntry("status", "DELIVERED").containsEntry("attempts", 2).containsEntry("lastStatusCode", 204));
    }

    @Test
    void aSlowReceiverIsRetriedAfterTheTimeout() {
        Receiver receiver = receiver();
        receiver.answer(n -> n == 1 ? new Answer(204, Duration.ofMillis(2500)) : Answer.status(204));
        JsonPath created = subscribe(LAPAS_HEAD, receiver.url(), "inmate.moved");

        ObjectNode event = moved(UUID.randomUUID(), e -> { });
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(delivery(LAPAS_HEAD, created.getString("id"), id(event)))
                .containsEntry("status", "DELIVERED").containsEntry("attempts", 2));
        await().atMost(PATIENCE).until(() -> of(receiver, id(event)).size() == 2);
    }

    @Test
    void aReceiverDownForAWhileMissesNothing() {
        Receiver receiver = receiver();
        JsonPath created = subscribe(LAPAS_HEAD, receiver.url(), "inmate.moved");
        String subscription = created.getString("id");
        receiver.stop();

        UUID inmateId = UUID.randomUUID();
        ObjectNode first = moved(inmateId, e -> Feed.inmate(e).put("location", "Blok A"));
        ObjectNode second = moved(inmateId, e -> Feed.inmate(e).put("location", "Blok B"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(delivery(LAPAS_HEAD, subscription, id(first)))
                .containsEntry("status", "FAILED").containsEntry("lastStatusCode", null)
                .hasEntrySatisfying("lastError", error -> assertThat((String) error).isNotBlank()));
        assertThat(delivery(LAPAS_HEAD, subscription, id(second))).containsEntry("status", "PENDING")
                .containsEntry("attempts", 0);

        Receiver again = receiver.restart();
        receivers.add(again);
        awaitDelivered(again, id(second));
        List<String> order = again.requests().stream().map(r -> r.header("webhook-id"))
                .filter(List.of(id(first), id(second))::contains).distinct().toList();
        assertThat(order).containsExactly(id(first), id(second));
    }

    @Test
    void repeatedFailuresPauseTheSubscriptionAndResumeDeliversTheBacklogInOrder() {
        Receiver receiver = receiver();
        receiver.answer(n -> Answer.status(503));
        String subscription = subscribe(LAPAS_HEAD, receiver.url(), "inmate.moved").getString("id");

        UUID inmateId = UUID.randomUUID();
        ObjectNode first = moved(inmateId, e -> Feed.inmate(e).put("location", "Blok A"));
        await().atMost(PATIENCE).until(() -> "PAUSED".equals(as(LAPAS_HEAD).when().get(PATH + "/" + subscription)
                .then().extract().path("state")));
        as(LAPAS_HEAD).when().get(PATH + "/" + subscription).then()
                .body("pausedReason", startsWith("4 failed deliveries in a row, the last: HTTP 503"))
                .body("pausedAt", notNullValue()).body("consecutiveFailures", equalTo(4));
        int tried = receiver.received();
        assertThat(tried).isEqualTo(4);
        monitor.refresh();
        String metrics = io.restassured.RestAssured.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("(?m)^sinergi_webhooks_subscriptions_paused\\{[^}]*} [1-9]")
                .containsPattern("(?m)^sinergi_webhooks_deliveries_total\\{[^}]*outcome=\"failed\"[^}]*} [1-9]");

        ObjectNode second = moved(inmateId, e -> Feed.inmate(e).put("location", "Blok B"));
        ObjectNode third = moved(inmateId, e -> Feed.inmate(e).put("location", "Blok C"));
        await().atMost(PATIENCE).until(() -> delivery(LAPAS_HEAD, subscription, id(third)) != null);
        assertThat(receiver.received()).isEqualTo(tried);

        receiver.answer(n -> Answer.status(200));
        Api.act(LAPAS_HEAD, PATH + "/" + subscription, "resume", null).then().statusCode(200)
                .body("state", equalTo("ACTIVE")).body("consecutiveFailures", equalTo(0)).body("pausedReason", nullValue());
        awaitDelivered(receiver, id(third));

        List<String> delivered = receiver.requests().stream().skip(tried).map(r -> r.header("webhook-id"))
                .filter(List.of(id(first), id(second), id(third))::contains).toList();
        assertThat(delivered).containsExactly(id(first), id(second), id(third));
        Api.act(LAPAS_HEAD, PATH + "/" + subscription, "resume", null).then().statusCode(409);
    }

    @Test
    void aReceiverAnswering410GoneIsPausedAtOnce() {
        Receiver receiver = receiver();
        receiver.answer(n -> Answer.status(410));
        String subscription = subscribe(LAPAS_HEAD, receiver.url(), "inmate.moved").getString("id");

        ObjectNode event = moved(UUID.randomUUID(), e -> { });
        await().atMost(PATIENCE).until(() -> "PAUSED".equals(as(LAPAS_HEAD).when().get(PATH + "/" + subscription)
                .then().extract().path("state")));
        as(LAPAS_HEAD).when().get(PATH + "/" + subscription).then().body("pausedReason", equalTo("the receiver answered 410 Gone"));
        assertThat(of(receiver, id(event))).hasSize(1);
        assertThat(delivery(LAPAS_HEAD, subscription, id(event))).containsEntry("status", "FAILED")
                .containsEntry("lastStatusCode", 410);
    }

    @Test
    void whatIsNotDeliveredWithinTheRetentionIsAbandoned() {
        Receiver receiver = receiver();
        String subscription = subscribe(LAPAS_HEAD, receiver.url(), "inmate.moved").getString("id");
        receiver.stop();
        ObjectNode event = moved(UUID.randomUUID(), e -> { });
        await().atMost(PATIENCE).until(() -> delivery(LAPAS_HEAD, subscription, id(event)) != null
                && "FAILED".equals(delivery(LAPAS_HEAD, subscription, id(event)).get("status")));

        try {
            clock.set(Instant.now().plus(Duration.ofDays(3)).plusSeconds(60));
            dispatcher.run();
        } finally {
            clock.reset();
        }
        assertThat(delivery(LAPAS_HEAD, subscription, id(event))).containsEntry("status", "ABANDONED")
                .containsEntry("nextAttemptAt", null)
                .hasEntrySatisfying("lastError", error -> assertThat((String) error).endsWith("not delivered within the retention"));
    }

    @Test
    void theOwnerPausesAndCancels() {
        Receiver receiver = receiver();
        String subscription = subscribe(POLRES_HEAD, receiver.url(), "liaison.notification-issued").getString("id");

        as(POLRES_HEAD).when().post(PATH + "/" + subscription + "/pause").then().statusCode(428);
        as(POLRES_HEAD).header("If-Match", "\"7\"").when().post(PATH + "/" + subscription + "/pause").then().statusCode(412);
        Api.act(POLRES_HEAD, PATH + "/" + subscription, "pause", null).then().statusCode(200)
                .body("state", equalTo("PAUSED")).body("pausedReason", equalTo("paused by kapolres"));
        Api.act(POLRES_HEAD, PATH + "/" + subscription, "pause", null).then().statusCode(409);
        Api.act(POLRES_HEAD, PATH + "/" + subscription, "cancel", null).then().statusCode(200)
                .body("state", equalTo("CANCELLED"));
        Api.act(POLRES_HEAD, PATH + "/" + subscription, "resume", null).then().statusCode(409);
    }

    @Test
    void anotherOwnersSubscriptionIsNotFound() {
        Receiver receiver = receiver();
        String subscription = subscribe(LAPAS_HEAD, receiver.url(), "inmate.moved").getString("id");

        as(OTHER_FACILITY_HEAD).when().get(PATH + "/" + subscription).then().statusCode(404);
        as(OTHER_FACILITY_HEAD).when().get(PATH + "/" + subscription + "/deliveries").then().statusCode(404);
        as(POLRES_HEAD).when().get(PATH + "/" + subscription).then().statusCode(404);
        as(OTHER_FACILITY_AUDITOR).when().get(PATH + "/" + subscription).then().statusCode(404);
        as(OTHER_FACILITY_HEAD).header("If-Match", "\"0\"").when().post(PATH + "/" + subscription + "/pause")
                .then().statusCode(404);
        as(OTHER_FACILITY_HEAD).when().get(PATH).then().statusCode(200).body("items.id", not(hasItem(subscription)));
        as(LAPAS_HEAD).when().get(PATH).then().statusCode(200).body("items.id", hasItem(subscription));

        as(AUDITOR).when().get(PATH + "/" + subscription).then().statusCode(200).body("secret", nullValue());
        as(AUDITOR).when().get(PATH + "/" + subscription + "/deliveries").then().statusCode(200);
        as(AUDITOR).when().get(PATH).then().statusCode(200).body("items.id", hasItem(subscription));
        as(FACILITY_AUDITOR).when().get(PATH + "/" + subscription).then().statusCode(200);
        as(AUDITOR).header("If-Match", "\"0\"").when().post(PATH + "/" + subscription + "/pause").then().statusCode(403);
        as(POLRES_OFFICER).when().get(PATH).then().statusCode(403);
        as(OTHER_POLRES_HEAD).when().get(PATH + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void badSubscriptionsAreRefused() {
        Map<String, Object> valid = Map.of("eventTypes", List.of("inmate.moved"), "url", "https://hooks.example.id/sinergi");

        as(LAPAS_HEAD).body(with(valid, "url", "http://hooks.example.id/sinergi")).when().post(PATH).then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/webhook-url-not-allowed")).body("field", equalTo("url"));
        as(LAPAS_HEAD).body(with(valid, "url", "ftp://hooks.example.id/sinergi")).when().post(PATH).then().statusCode(422);
        as(LAPAS_HEAD).body(with(valid, "url", "https://user:secret@hooks.example.id/")).when().post(PATH).then().statusCode(422);
        as(LAPAS_HEAD).body(with(valid, "url", "not a url")).when().post(PATH).then().statusCode(422);
        as(LAPAS_HEAD).body(with(valid, "eventTypes", List.of("inmate.moved", "inmate.deleted", "id.sinergi.inmate.deleted",
                        "com.example.inmate.moved"))).when().post(PATH).then()
                .statusCode(422).body("type", equalTo("https://sinergi.id/problems/unknown-event-type"))
                .body("unknown", equalTo(List.of("inmate.deleted", "id.sinergi.inmate.deleted", "com.example.inmate.moved")));
        as(LAPAS_HEAD).body(with(valid, "secret", "whsec_c2hvcnQ=")).when().post(PATH).then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/invalid-webhook-secret"));
        as(LAPAS_HEAD).body(with(valid, "secret", "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).when().post(PATH).then().statusCode(422);
        as(LAPAS_HEAD).body(with(valid, "secret", "whsec_not base64 at all!!!!!!!!!!!!")).when().post(PATH).then().statusCode(422);
        as(LAPAS_HEAD).body(with(valid, "eventTypes", List.of())).when().post(PATH).then().statusCode(400);
        as(POLRES_OFFICER).body(valid).when().post(PATH).then().statusCode(403);
        as(AUDITOR).body(valid).when().post(PATH).then().statusCode(403);

        String own = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String id = as(LAPAS_HEAD).body(with(valid, "secret", own)).when().post(PATH).then().statusCode(201)
                .body("secret", equalTo(own)).extract().path("id");
        made.put(id, LAPAS_HEAD);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new java.util.HashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
