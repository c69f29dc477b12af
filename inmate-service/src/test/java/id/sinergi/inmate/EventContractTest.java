package id.sinergi.inmate;

import id.sinergi.platform.testing.RecordedEvents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.service.IntegrationJob;
import id.sinergi.inmate.service.NoticeJob;
import id.sinergi.local.AsyncApiExamples;
import id.sinergi.local.KafkaTestClient;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.outbox.OutboxEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import id.sinergi.platform.testing.TestTokens;
import id.sinergi.platform.time.FacilityClock;
import id.sinergi.platform.testing.contract.AsyncApiContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static id.sinergi.inmate.Register.detainee;
import static id.sinergi.inmate.Register.randomNik;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event type inmate-service publishes is valid by its AsyncAPI payload schema (types,
 * enumerations, formats, required fields) and has the shape its AsyncAPI example documents: the
 * same fields, recursively. Consumers' tests send those examples, so this keeps producer and
 * consumers honest with each other.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class EventContractTest {

    private static final File ASYNCAPI = new File("src/main/resources/META-INF/resources/asyncapi/inmate-events.yaml");
    private static final AsyncApiContract CONTRACT = AsyncApiContract.of(ASYNCAPI.toPath());
    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("inmate.admitted", "InmateAdmitted"), Map.entry("inmate.updated", "InmateUpdated"),
            Map.entry("inmate.class-changed", "InmateClassChanged"), Map.entry("inmate.risk-changed", "InmateRiskChanged"),
            Map.entry("inmate.moved", "InmateMoved"), Map.entry("inmate.transferred", "InmateTransferred"),
            Map.entry("inmate.release-due", "InmateReleaseDue"), Map.entry("inmate.detention-expiring", "InmateDetentionExpiring"),
            Map.entry("inmate.released", "InmateReleased"), Map.entry("inmate.fine-paid", "InmateFinePaid"),
            Map.entry("inmate.sentence-commuted", "InmateSentenceCommuted"),
            Map.entry("inmate.integration-started", "InmateIntegrationStarted"),
            Map.entry("inmate.integration-revoked", "InmateIntegrationRevoked"),
            Map.entry("inmate.detention-extended", "InmateDetentionExtended"),
            Map.entry("inmate.detention-handed-over", "InmateDetentionHandedOver"),
            Map.entry("inmate.detention-overdue", "InmateDetentionOverdue"),
            Map.entry("inmate.escaped", "InmateEscaped"), Map.entry("inmate.recaptured", "InmateRecaptured"),
            Map.entry("inmate.release-planned", "InmateReleasePlanned"), Map.entry("inmate.re-arrested", "InmateReArrested"),
            Map.entry("inmate.transfer-arrived", "InmateTransferArrived"),
            Map.entry("inmate.facility-changed", "InmateFacilityChanged"));

    @Inject
    NoticeJob notices;

    @Inject
    IntegrationJob integrations;

    @Inject
    FacilityClock clock;

    private static void act(String token, String id, String action, String body) {
        Register.act(token, id, action, body).statusCode(200);
    }

    @Test
    void everyEventTypeMatchesItsDocumentedExample() throws Exception {
        LocalDate today = LocalDate.now();
        String convict = admitted(convict("Contract Convict", randomNik(), today.plusDays(20).minusYears(1).toString(), 1, 0));
        String detainee = admitted(detainee("Contract Detainee", "A.II", today.plusDays(3)));
        String transferred = admitted(convict("Contract Transfer"));
        String fined = admitted(convict("Contract Fined").replace("\"days\":0}", "\"days\":0,\"fineAmount\":1000000,\"fineSubstituteDays\":90}"));
        String lifer = admitted(convict("Contract Lifer").replace("\"years\":5,\"months\":6,", "\"kind\":\"LIFE\",\"years\":0,\"months\":0,"));
        String escaped = admitted(Register.described(convict("Contract Escape")));
        // Issue 21: the release plan travels in release-due, released and integration-started.
        Register.planRelease(convict, "63.08").statusCode(200);
        Register.planRelease(detainee, "63.09").statusCode(200);
        notices.sendDue(today);
        act(TestTokens.REGISTRAR, fined, "fine-payments", "{\"receiptNumber\":\"KW-9\",\"paidOn\":\"" + today + "\",\"amount\":1000000}");
        act(TestTokens.REGISTRAR, lifer, "sentence-commutations", "{\"decreeNumber\":\"12/G/2026\",\"decreedOn\":\"" + today
                + "\",\"years\":20,\"months\":0}");
        String detained = admitted(detainee("Contract Detention", "A.I", today.plusDays(5)));
        notices.sendDue(today);
        act(TestTokens.REGISTRAR, detained, "detention-extensions", "{\"orderNumber\":\"B-1\",\"orderDate\":\"" + today
                + "\",\"issuedBy\":\"Kejaksaan Negeri Hulu Sungai Utara\",\"endsOn\":\"" + today.plusDays(25)
                + "\",\"liaisonRequestId\":\"" + UUID.randomUUID() + "\"}");
        act(TestTokens.REGISTRAR, detained, "detention-handovers", "{\"stage\":\"A.II\",\"orderNumber\":\"P-1\",\"orderDate\":\""
                + today + "\",\"authority\":\"Kejaksaan Negeri Hulu Sungai Utara\",\"startsOn\":\"" + today.plusDays(20)
                + "\",\"endsOn\":\"" + today.plusDays(39) + "\"}");
        notices.sendDue(today.plusDays(40));
        act(TestTokens.SECURITY, convict, "risk-assessments", "{\"level\":\"MEDIUM\",\"reason\":\"review\"}");
        act(TestTokens.REGISTRAR, convict, "move-out", "{\"kind\":\"POLICE_LOAN\",\"destination\":\"Satreskrim\",\"reference\":\"B/1\"}");
        act(TestTokens.REGISTRAR, convict, "remissions", "{\"type\":\"GENERAL\",\"days\":5,\"decreeNumber\":\"C-1\",\"decreeDate\":\"" + today
                + "\",\"grantedOn\":\"" + today + "\"}");
        act(TestTokens.REGISTRAR, detainee, "class-change", "{\"registerClass\":\"B.I\",\"sentence\":{\"start\":\"" + today
                + "\",\"years\":2,\"months\":0,\"days\":0},\"verdictNumber\":\"9/Pid/2026\"}");
        // Within the region (in transit, then arrived at Barabai) and out of it: both shapes of inmate.transferred.
        act(TestTokens.REGISTRAR, transferred, "transfer", "{\"toFacility\":\"LAPAS-BARABAI\",\"transferredOn\":\"" + today + "\"}");
        act(TestTokens.OTHER_FACILITY_REGISTRAR, transferred, "arrival", "{\"arrivedOn\":\"" + today + "\",\"cellBlock\":\"C-1\"}");
        String transferredOut = admitted(convict("Contract Transfer Out"));
        act(TestTokens.REGISTRAR, transferredOut, "transfer", "{\"toFacility\":\"LAPAS-KELAS-I-MEDAN\",\"transferredOn\":\"" + today + "\"}");
        String facility = "RUTAN-CONTRACT-" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100000);
        as(TestTokens.ADMIN).body("{\"name\":\"Rutan Kelas IIB Contract\",\"kind\":\"RUTAN\",\"facilityClass\":\"IIB\","
                + "\"timeZone\":\"Asia/Makassar\",\"regencyCode\":\"63.11\",\"regencyName\":\"Kabupaten Balangan\"}")
                .when().put("/api/v1/inmates/facilities/" + facility).then().statusCode(201);
        act(TestTokens.REGISTRAR, detainee, "release", "{\"reason\":\"BY_LAW\",\"releasedOn\":\"" + today + "\"}");
        // The released detainee arrested again, and readmitted: inmate.re-arrested, and inmate.admitted with previousStay.
        String detaineePerson = as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + detainee).then().extract().path("personId");
        as(TestTokens.POLRES_OFFICER).body("{\"personId\":\"" + detaineePerson + "\",\"arrestedOn\":\"" + today
                + "\",\"policeReportNumber\":\"LP/B/1/2026\",\"article\":\"Pasal 362 KUHP\"}").when()
                .post("/api/v1/inmates/re-arrests").then().statusCode(201);
        String readmitted = admitted(detainee("Contract Readmitted", "A.I", today.plusDays(10))
                .replaceFirst("\\{", "{\"personId\":\"" + detaineePerson + "\","));
        RecordedEvents.events(readmitted, "inmate.admitted").forEach(data ->
                assertThat(data.at("/previousStay/inmateId").asText()).isEqualTo(detainee));
        // Out on parole, revoked, out again, and released by the integration job at the expiry.
        String paroled = admitted(convict("Contract Parole", randomNik(), today.minusYears(3).toString(), 4, 0));
        Register.planRelease(paroled, "63.08").statusCode(200);
        String integration = "{\"kind\":\"PB\",\"decreeNumber\":\"PB-1\",\"decreeDate\":\"" + today
                + "\",\"bapas\":\"Bapas Kelas II Barabai\",\"startsOn\":\"" + today + "\"}";
        act(TestTokens.REGISTRAR, paroled, "integrations", integration);
        act(TestTokens.REGISTRAR, paroled, "integration-revocations", "{\"decreeNumber\":\"REV-1\",\"reason\":\"Did not report\","
                + "\"revokedOn\":\"" + today + "\"}");
        act(TestTokens.REGISTRAR, paroled, "integrations", integration);
        integrations.endServed(today.plusYears(2));
        act(TestTokens.SECURITY, escaped, "escape", "{\"escapedAt\":\"" + Register.earlierToday(clock, Duration.ofHours(1))
                + "\",\"place\":\"Blok A-2\",\"method\":\"Over the wall\",\"noticedBy\":\"Pos 2\"}");
        act(TestTokens.REGISTRAR, escaped, "recapture", "{\"recapturedAt\":\"" + OffsetDateTime.now()
                + "\",\"by\":\"POLRES\",\"place\":\"Amuntai\"}");

        JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(ASYNCAPI);
        for (var message : MESSAGES.entrySet()) {
            JsonNode example = document.at("/components/messages/" + message.getValue() + "/examples/0/payload");
            assertThat(example.get("type").asText()).isEqualTo("id.sinergi." + message.getKey());
            List<JsonNode> produced = List.of(convict, detainee, transferred, transferredOut, fined, lifer, paroled, detained, escaped,
                            readmitted, facility)
                    .stream().flatMap(id -> RecordedEvents.events(id, message.getKey()).stream()).toList();
            assertThat(produced).as("a %s event was produced", message.getKey()).isNotEmpty();
            boolean completeShape = false;
            for (JsonNode data : produced) {
                CONTRACT.assertDataMatches(message.getValue(), data);
                var expected = AsyncApiExamples.fieldPaths(example.get("data"));
                // previousStay is null for a first stay: then the example's shape without its fields.
                if (data.path("previousStay").isNull()) {
                    expected.removeIf(path -> path.startsWith("/previousStay/"));
                } else {
                    completeShape = true;
                }
                assertThat(AsyncApiExamples.fieldPaths(data)).as(message.getKey()).isEqualTo(expected);
                assertThat(data.toString()).doesNotContain("nik");
            }
            assertThat(completeShape).as("a %s event with every documented field", message.getKey()).isTrue();
        }
    }

    @Test
    void theRecordOnTheTopicIsACloudEventKeyedByTheWbp() throws Exception {
        String nik = randomNik();
        String id = admitted(convict("On The Topic", nik, "2026-01-15", 3, 0));
        KafkaTestClient kafka = new KafkaTestClient(SinergiTestResource.kafka().bootstrapServers());
        List<ConsumerRecord<String, String>> records = kafka.readUntil("inmate.events.v1",
                read -> read.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30));
        ConsumerRecord<String, String> record = records.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        JsonNode event = new ObjectMapper().readTree(record.value());
        assertThat(event.get("specversion").asText()).isEqualTo("1.0");
        assertThat(event.get("type").asText()).isEqualTo("id.sinergi.inmate.admitted");
        assertThat(event.get("source").asText()).isEqualTo("https://sinergi.id/services/inmate-service");
        assertThat(event.get("subject").asText()).isEqualTo(id);
        assertThat(event.at("/data/inmate/inmateId").asText()).isEqualTo(id);
        assertThat(record.value()).doesNotContain(nik);
        CONTRACT.assertEventMatches("InmateAdmitted", event);
    }

    /** The version the register holds for the WBP now (what the next ETag names). */
    private static long persistedVersion(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Inmate.<Inmate>findById(UUID.fromString(id)).version);
    }

    /** Every event of the WBP in the outbox, oldest first: type and the snapshot's version. */
    private static List<Map.Entry<String, Long>> versions(String id) {
        List<OutboxEvent> events = QuarkusTransaction.requiringNew().call(() -> Inmate.getEntityManager()
                .createQuery("FROM OutboxEvent e WHERE e.aggregateId = ?1 ORDER BY e.id", OutboxEvent.class)
                .setParameter(1, id).getResultList());
        return events.stream().map(e -> Map.entry(e.eventType, version(e.payload))).toList();
    }

    private static long version(String payload) {
        try {
            return new ObjectMapper().readTree(payload).at("/inmate/version").longValue();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachEventCarriesTheVersionTheRecordHasOnceItsChangeCommitted() {
        LocalDate today = LocalDate.now();
        var admission = Register.admit(convict("Versioned", randomNik(), today.plusDays(7).minusYears(1).toString(), 1, 0));
        admission.then().statusCode(201);
        String id = admission.jsonPath().getString("id");
        assertThat(versions(id)).as("the admission's event carries the persisted version, the one its ETag names")
                .containsExactly(Map.entry("inmate.admitted", persistedVersion(id)));
        assertThat(admission.header("ETag")).isEqualTo("\"" + persistedVersion(id) + "\"");

        String afterRisk = Register.act(TestTokens.SECURITY, id, "risk-assessments", "{\"level\":\"LOW\",\"reason\":\"review\"}")
                .statusCode(200).extract().header("ETag");
        String afterMove = Register.act(TestTokens.REGISTRAR, id, "move-cell", "{\"toBlock\":\"C-3\"}")
                .statusCode(200).extract().header("ETag");
        // A notice does not change the record: it carries the version the record has.
        notices.sendDue(today);

        List<Map.Entry<String, Long>> versions = versions(id);
        assertThat(versions).extracting(Map.Entry::getKey)
                .containsExactly("inmate.admitted", "inmate.risk-changed", "inmate.moved", "inmate.release-due");
        assertThat(versions.get(1).getValue()).as("strictly increasing").isGreaterThan(versions.get(0).getValue());
        assertThat(versions.get(2).getValue()).as("strictly increasing").isGreaterThan(versions.get(1).getValue());
        assertThat("\"" + versions.get(1).getValue() + "\"").as("the version the action's ETag names").isEqualTo(afterRisk);
        assertThat("\"" + versions.get(2).getValue() + "\"").isEqualTo(afterMove);
        assertThat(versions.get(3).getValue()).isEqualTo(versions.get(2).getValue()).isEqualTo(persistedVersion(id));
    }
}
