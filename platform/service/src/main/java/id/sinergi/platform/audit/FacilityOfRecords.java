package id.sinergi.platform.audit;

import java.util.Map;

/**
 * Which of a service's WBP and records belong to a facility, from the service's own read model: what
 * holds the {@link AccessLog} and the {@link AuditTrail} of a caller held to a facility
 * ({@link id.sinergi.platform.auth.Caller#facilityScope()}) to that facility's entries. Each service
 * provides one bean. An entry it does not attribute to a facility is shown to regional readers only,
 * and so is every entry of a service that provides none.
 *
 * <p>Every method is given the placeholder of the facility code ({@code ?1}) and answers SQL on the
 * service's tables; the placeholder may be used any number of times.
 */
public interface FacilityOfRecords {

    /** A query of one column, the ids (uuid) of the WBP that are the facility's. */
    String inmates(String facility);

    /**
     * For audited entity types whose rows carry a facility of their own, or belong to a row that
     * does: a query of one column, the ids (as text, the trail's {@code entity_id}) of the facility's
     * rows, by entity type ({@link Audited} class name). An entry of such a type follows its record,
     * not its WBP; an entry of any other type follows its WBP. None by default.
     */
    default Map<String, String> records(String facility) {
        return Map.of();
    }
}
