package id.sinergi.inmate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.local.KafkaTestClient;
import id.sinergi.local.SinergiTestResource;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * liaison-service's events as the contracts of issue 21 define them (built here field by field, since
 * liaison-service's AsyncAPI examples of these events are written in parallel), sent to its topic.
 */
final class LiaisonFeed {

    static final String TOPIC = "liaison.events.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaTestClient kafka = new KafkaTestClient(SinergiTestResource.kafka().bootstrapServers());

    /** An event of liaison-service named as it publishes them since issue 24. */
    static ObjectNode envelope(String eventName, String subject, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", UUID.randomUUID().toString())
                .put("type", "id.sinergi." + eventName)
                .put("source", "https://sinergi.id/services/liaison-service")
                .put("subject", subject)
                .put("time", OffsetDateTime.now(ZoneOffset.UTC).toString())
                .put("datacontenttype", "application/json");
        event.set("data", data);
        return event;
    }

    /** {@code liaison.incident-changed}; {@code involved} alternates inmateId and role. */
    static ObjectNode incidentChanged(String incidentId, String action, String state, String policeReportNumber, String reason,
                                      String... involved) {
        ObjectNode data = JSON.createObjectNode()
                .put("incidentId", incidentId)
                .put("facility", "LAPAS-AMUNTAI")
                .put("polresUnit", "POLRES-HSU")
                .put("type", "FIGHT")
                .put("severity", "HIGH")
                .put("occurredAt", "2026-11-10T13:20:00Z")
                .put("state", state)
                .put("action", action)
                .put("policeStatus", "charge".equals(action) ? "CHARGED" : null)
                .put("policeReportNumber", policeReportNumber)
                .put("actedBy", "officer-7")
                .put("actedAt", OffsetDateTime.now(ZoneOffset.UTC).toString())
                .put("reason", reason);
        ArrayNode named = data.putArray("involved");
        for (int i = 0; i < involved.length; i += 2) {
            named.addObject().put("inmateId", involved[i]).put("registerNumber", "B.I-1/2026").put("role", involved[i + 1]);
        }
        return envelope("liaison.incident-changed", incidentId, data);
    }

    static ObjectNode findingRecorded(String findingId, String inmateId) {
        ObjectNode data = JSON.createObjectNode()
                .put("findingId", findingId)
                .put("operationId", UUID.randomUUID().toString())
                .put("kind", "PHONE")
                .put("description", "Samsung phone hidden in a mattress")
                .put("quantity", 1)
                .put("block", "A-2")
                .put("inmateId", inmateId)
                .put("registerNumber", inmateId == null ? null : "B.I-1/2026")
                .putNull("incidentId")
                .put("polresUnit", "POLRES-HSU")
                .put("recordedBy", "kamtib-1")
                .put("recordedAt", "2026-11-12T02:10:00Z");
        return envelope("liaison.finding-recorded", findingId, data);
    }

    static ObjectNode otherCaseChanged(String caseId, String inmateId, String state, String outcome) {
        boolean closed = "CLOSED".equals(state);
        ObjectNode data = JSON.createObjectNode()
                .put("caseId", caseId)
                .put("inmateId", inmateId)
                .put("registerNumber", "B.I-1/2026")
                .put("polresUnit", "POLRES-HSU")
                .put("policeReportNumber", "LP/B/112/XI/2026/SPKT/POLRES HSU")
                .put("article", "Pasal 363 KUHP")
                .put("description", "Theft of a motorcycle in Amuntai before the arrest")
                .put("state", state)
                .put("outcome", outcome)
                .put("reportedBy", "officer-7")
                .put("reportedAt", "2026-11-20T03:00:00Z")
                .put("closedBy", closed ? "officer-7" : null)
                .put("closedAt", closed ? OffsetDateTime.now(ZoneOffset.UTC).toString() : null);
        return envelope("liaison.other-case-changed", caseId, data);
    }

    void send(ObjectNode event) {
        kafka.send(TOPIC, event.get("subject").asText(), event.toString());
    }

    KafkaTestClient kafka() {
        return kafka;
    }
}
