package id.sinergi.liaison;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.liaison.domain.Facility;
import id.sinergi.local.AsyncApiExamples;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The region in tests (issue 22): facilities as inmate-service's directory publishes them, WBP of any
 * facility, and the transfer events of the region's contract. The events inmate-service does not
 * document yet are built here from the contract (docs: helper notes on the region), in an inmate
 * event's envelope.
 */
final class Region {

    private Region() {
    }

    /** Lapas Amuntai (TestTokens.FACILITY) as inmate-service's directory seeds it (its V15): Hulu Sungai Utara, Polres HSU. */
    static void amuntai() {
        facility(TestTokens.FACILITY, "Lapas Kelas IIB Amuntai", "63.08", "Kabupaten Hulu Sungai Utara");
    }

    /** Lapas Barabai (TestTokens.OTHER_FACILITY) as inmate-service's directory seeds it: Hulu Sungai Tengah, Polres HST. */
    static void barabai() {
        facility(TestTokens.OTHER_FACILITY, "Lapas Kelas IIB Barabai", "63.07", "Kabupaten Hulu Sungai Tengah");
    }

    /** {@code inmate.facility-changed} for a Lapas of Kalimantan Selatan in its regency, and waits until it is kept. */
    static void facility(String code, String name, String regencyCode, String regencyName) {
        UUID eventSubject = UUID.randomUUID();
        ObjectNode event = AsyncApiExamples.example(Feed.INMATE_EVENTS, "InmateAdmitted", "inmate.inmateId", eventSubject);
        event.put("type", "id.sinergi.inmate.facility-changed").put("subject", code).put("time", OffsetDateTime.now().toString());
        ObjectNode facility = event.putObject("data").putObject("facility");
        facility.put("code", code).put("name", name).put("kind", "LAPAS").put("facilityClass", "IIB")
                .put("timeZone", "Asia/Makassar").put("regencyCode", regencyCode).put("regencyName", regencyName);
        Feed.kafka().send(Feed.INMATE_TOPIC, code, AsyncApiExamples.json(event));
        Feed.awaitApplied(() -> QuarkusTransaction.requiringNew().call(() -> {
            Facility kept = Facility.findById(code);
            return kept != null && kept.name.equals(name) && regencyCode.equals(kept.regencyCode);
        }));
    }

    /** An inmate event about a WBP held in {@code facility}, sent now (the history of snapshots dates by it). */
    static ObjectNode event(String message, UUID inmateId, String facility, Consumer<ObjectNode> edit) {
        return Feed.inmateEvent(message, inmateId, e -> {
            e.put("time", OffsetDateTime.now(ZoneOffset.UTC).toString());
            Feed.inmate(e).put("facility", facility);
            edit.accept(e);
        });
    }

    /** Admits a WBP to {@code facility} today, and waits for it. */
    static UUID admitted(String facility, String riskLevel, String registerClass) {
        UUID id = UUID.randomUUID();
        event("InmateAdmitted", id, facility, e -> {
            Feed.inmate(e).put("riskLevel", riskLevel).put("registerClass", registerClass)
                    .put("registerNumber", registerClass + "-" + id.toString().substring(0, 4) + "/2026");
            ((ObjectNode) e.get("data")).put("admittedOn", LocalDate.now().toString()).remove("previousStay");
        });
        Feed.awaitApplied(() -> Feed.known(id) != null);
        return id;
    }

    /** {@code inmate.transferred} within the region: IN_TRANSIT, still the sending facility's. */
    static void transferred(UUID inmateId, String from, String to) {
        event("InmateTransferred", inmateId, from, e -> {
            Feed.inmate(e).put("status", "IN_TRANSIT");
            ((ObjectNode) e.get("data")).put("toFacility", to).put("fromFacility", from).put("withinRegion", true)
                    .put("transferredOn", LocalDate.now().toString());
        });
        Feed.awaitApplied(() -> "IN_TRANSIT".equals(Feed.known(inmateId).status));
    }

    /** {@code inmate.transfer-arrived}: the receiving facility confirmed the arrival, with a register number of its own. */
    static String arrived(UUID inmateId, String from, String to) {
        String previous = Feed.known(inmateId).registerNumber;
        String registerNumber = "B.I-" + inmateId.toString().substring(4, 8) + "/2026-" + to.substring(6, 9);
        ObjectNode event = event("InmateTransferred", inmateId, to, e -> {
            e.put("type", "id.sinergi.inmate.transfer-arrived");
            Feed.inmate(e).put("status", "IN_CUSTODY").put("registerNumber", registerNumber);
            ObjectNode data = (ObjectNode) e.get("data");
            data.remove("toFacility");
            data.remove("transferredOn");
            data.put("fromFacility", from).put("arrivedOn", LocalDate.now().toString()).put("previousRegisterNumber", previous);
        });
        Feed.awaitApplied(() -> to.equals(Feed.known(inmateId).facility));
        return event.at("/data/inmate/registerNumber").asText();
    }
}
