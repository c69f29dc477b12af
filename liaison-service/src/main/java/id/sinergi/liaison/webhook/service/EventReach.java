package id.sinergi.liaison.webhook.service;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.liaison.domain.CoordinationRecord;
import id.sinergi.liaison.domain.DetentionRequest;
import id.sinergi.liaison.domain.FacilityRecord;
import id.sinergi.liaison.domain.Incident;
import id.sinergi.liaison.domain.InfoRequest;
import id.sinergi.liaison.domain.InmateSnapshot;
import id.sinergi.liaison.domain.JointOperation;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.liaison.domain.OtherCase;
import id.sinergi.liaison.domain.PoliceLoan;
import id.sinergi.liaison.domain.PolresRequest;
import id.sinergi.liaison.domain.PolresUnit;
import id.sinergi.liaison.service.PolresDirectory;
import id.sinergi.liaison.webhook.domain.WebhookSubscription;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.consumer.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Whose scope an event is in: the facilities and the Polres units it concerns. A subscription
 * receives the event when its owner's scope meets it:
 * <ul>
 *   <li>{@code kanwil-officer}: every event of the region;</li>
 *   <li>{@code lapas-head}: events of its facility: an inmate event's {@code inmate.facility} (and
 *       the sending and receiving facility of a transfer), the facility of the WBP of a program event
 *       (as this service's read model of inmates holds it) and the facility of the liaison record
 *       an event is about;</li>
 *   <li>{@code polres-head}: liaison events addressed to its unit (the notification's recipient, the
 *       requesting unit of an information request, loan or detention request, the unit an incident
 *       is shared with — only once shared —, of a joint operation or another case); inmate events of
 *       WBP it detains ({@code inmate.detainingAuthority}, the {@code detainingAuthority} of a
 *       detention notice), whose release plan's regency it covers (events that carry the plan), or
 *       whom it re-arrested; program events of programmes it co-organises. Nothing else.</li>
 * </ul>
 * A liaison event is matched against the record as this service holds it when the event is fanned
 * out, so an incident shared later does not make its earlier changes Polres's.
 */
@ApplicationScoped
public class EventReach {

    /** What an event concerns. */
    public record Reach(Set<String> facilities, Set<String> polresUnits) {

        public boolean reaches(WebhookSubscription subscription) {
            return switch (subscription.ownerRole) {
                case Roles.KANWIL_OFFICER -> true;
                case Roles.LAPAS_HEAD -> facilities.contains(subscription.ownerUnit);
                case Roles.POLRES_HEAD -> polresUnits.contains(subscription.ownerUnit);
                default -> false;
            };
        }
    }

    /** The liaison records events are about: event name → (entity, the field of {@code data} naming it). */
    private record Aggregate(Class<? extends FacilityRecord> entity, String idField) {
    }

    private static final Map<String, Aggregate> LIAISON = Map.of(
            "liaison.notification-issued", new Aggregate(Notification.class, "notification.notificationId"),
            "liaison.notification-acknowledged", new Aggregate(Notification.class, "notification.notificationId"),
            "liaison.notification-escalated", new Aggregate(Notification.class, "notification.notificationId"),
            "liaison.info-request-decided", new Aggregate(InfoRequest.class, "requestId"),
            "liaison.police-loan-changed", new Aggregate(PoliceLoan.class, "loanId"),
            "liaison.detention-request-changed", new Aggregate(DetentionRequest.class, "requestId"),
            "liaison.incident-reported", new Aggregate(Incident.class, "incidentId"),
            "liaison.incident-changed", new Aggregate(Incident.class, "incidentId"),
            "liaison.finding-recorded", new Aggregate(JointOperation.class, "operationId"),
            "liaison.other-case-changed", new Aggregate(OtherCase.class, "caseId"));

    @Inject
    EntityManager entityManager;

    @Inject
    PolresDirectory directory;

    public Reach of(IncomingEvent event) {
        Set<String> facilities = new HashSet<>();
        Set<String> units = new HashSet<>();
        JsonNode data = event.data();
        String name = event.name();
        String family = name.substring(0, Math.max(0, name.indexOf('.')));
        switch (family) {
            case "inmate" -> inmate(event, data, facilities, units);
            case "program" -> {
                add(facilities, text(data, "enrolment.facility"));
                if (facilities.isEmpty()) {
                    add(facilities, facilityOf(text(data, "enrolment.inmateId")));
                }
                add(units, text(data, "enrolment.programme.coOrganiserUnit"));
            }
            case "liaison" -> liaison(event, data, facilities, units);
            default -> {
            }
        }
        return new Reach(Set.copyOf(facilities), Set.copyOf(units));
    }

    private void inmate(IncomingEvent event, JsonNode data, Set<String> facilities, Set<String> units) {
        add(facilities, text(data, "inmate.facility"));
        add(facilities, text(data, "toFacility"));
        add(facilities, text(data, "fromFacility"));
        add(facilities, text(data, "facility.code"));
        add(units, text(data, "inmate.detainingAuthority"));
        add(units, text(data, "detainingAuthority"));
        directory.covering(text(data, "releasePlan.regencyCode")).map(PolresUnit::code).ifPresent(units::add);
        if (event.name().equals("inmate.re-arrested")) {
            add(facilities, facilityOf(text(data, "inmateId")));
            add(units, text(data, "polresUnit"));
        }
    }

    private void liaison(IncomingEvent event, JsonNode data, Set<String> facilities, Set<String> units) {
        Aggregate aggregate = LIAISON.get(event.name());
        FacilityRecord record = aggregate == null ? null : find(aggregate.entity(), text(data, aggregate.idField()));
        if (record == null) {
            // Not (yet) held here: what the event itself says.
            add(facilities, text(data, "facility"));
            if (!event.name().startsWith("liaison.incident-")) {
                add(units, text(data, "polresUnit"));
                add(units, text(data, "unit"));
                add(units, text(data, "notification.recipient"));
            }
            return;
        }
        add(facilities, record.facility);
        if (record instanceof Notification notification) {
            add(units, notification.recipient);
        } else if (record instanceof PolresRequest request) {
            add(units, request.polresUnit);
        } else if (record instanceof Incident incident) {
            if (incident.sharedAt != null && !incident.sharedAt.isAfter(event.time())) {
                add(units, incident.polresUnit);
            }
        } else if (record instanceof CoordinationRecord coordination) {
            add(units, coordination.polresUnit);
        }
    }

    private FacilityRecord find(Class<? extends FacilityRecord> entity, String id) {
        UUID uuid = uuid(id);
        return uuid == null ? null : entityManager.find(entity, uuid);
    }

    private String facilityOf(String inmateId) {
        UUID id = uuid(inmateId);
        InmateSnapshot inmate = id == null ? null : entityManager.find(InmateSnapshot.class, id);
        return inmate == null ? null : inmate.facility;
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(JsonNode data, String path) {
        JsonNode value = data.at("/" + path.replace('.', '/'));
        return value.isValueNode() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static void add(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }
}
