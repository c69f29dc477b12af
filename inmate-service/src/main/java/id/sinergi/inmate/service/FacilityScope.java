package id.sinergi.inmate.service;

import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.InmateStatus;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.error.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which WBP of the region a caller may see and act on (issue 22), the one place every read, list and
 * action of this service asks. Lapas staff and facility auditors ({@link Caller#facilityScope()}) see
 * their facility's WBP and a WBP in transit to their facility, whose arrival they must confirm; they
 * act on their facility's only. Polres roles, the Kanwil officer and the regional auditor see every
 * facility's (how much of each, {@link AccessPolicy} says). Any other role sees none. A WBP outside
 * the caller's scope answers 404, exactly as one that does not exist.
 */
@ApplicationScoped
public class FacilityScope {

    /**
     * The status of a WBP on the way from one facility of the region to another: still the sending
     * facility's ({@code facility}), {@code transferredTo} the receiving one. Compared by name, as the
     * lists' SQL does.
     */
    static final String IN_TRANSIT = "IN_TRANSIT";

    /** The roles that read WBP records at all; sinergi-admin keeps directories and reads no one's record. */
    private static final List<String> READERS;

    static {
        List<String> readers = new ArrayList<>(List.of(Roles.LAPAS_ROLES));
        readers.addAll(List.of(Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.AUDITOR, Roles.KANWIL_OFFICER));
        READERS = List.copyOf(readers);
    }

    @Inject
    Caller caller;

    /** Whether the caller may see this WBP at all. */
    public boolean sees(Inmate inmate) {
        if (!caller.hasAnyRole(READERS)) {
            return false;
        }
        return caller.facilityScope()
                .map(facility -> facility.equals(inmate.facility) || inTransitTo(inmate, facility))
                .orElse(true);
    }

    /** The WBP, or 404 when there is none or the caller may not see it. */
    public Inmate visible(UUID id) {
        Inmate inmate = Inmate.findById(id);
        if (inmate == null || !sees(inmate)) {
            throw Problems.notFound("inmate", id);
        }
        return inmate;
    }

    /** The WBP if the caller may act on it (see {@link #actionable(Inmate)}), 404 otherwise. */
    public Inmate actionable(UUID id) {
        return actionable(visible(id));
    }

    /**
     * The WBP if the caller may act on it, 404 otherwise: see {@link #actsOn}.
     */
    public Inmate actionable(Inmate inmate) {
        if (!actsOn(inmate)) {
            throw Problems.notFound("inmate", inmate.id);
        }
        return inmate;
    }

    /**
     * Whether the caller may act on the WBP: only its facility's staff, never a caller without a
     * facility. The receiving facility sees a WBP in transit but takes no action on it other than
     * confirming the arrival.
     */
    public boolean actsOn(Inmate inmate) {
        return inmate != null && sees(inmate)
                && caller.facilityScope().map(facility -> facility.equals(inmate.facility)).orElse(false);
    }

    /**
     * The condition of {@link #sees} in SQL on the rows of {@code table} (the {@code inmate} table or
     * an alias of it), for lists: empty when the caller sees every facility. {@code parameter} is the
     * placeholder ({@code ?3}) bound to {@link #facility()}. Served by the indexes of V17.
     */
    public Optional<String> sqlCondition(String table, String parameter) {
        return caller.facilityScope().map(facility -> heldBy(table, parameter));
    }

    /** The WBP of the facility bound to {@code parameter}, on the rows of {@code table}: the condition of {@link #sees}. */
    public static String heldBy(String table, String parameter) {
        return "(" + table + ".facility = " + parameter + " OR (" + table + ".status = '" + IN_TRANSIT + "' AND " + table
                + ".transferred_to = " + parameter + "))";
    }

    /** The same in HQL, on the {@link Inmate} entity aliased {@code alias}, {@code parameter} such as {@code :facility}. */
    public Optional<String> hqlCondition(String alias, String parameter) {
        return caller.facilityScope().map(facility -> "(" + alias + ".facility = " + parameter + " or (str(" + alias
                + ".status) = '" + IN_TRANSIT + "' and " + alias + ".transferredTo = " + parameter + "))");
    }

    /** The facility the caller is held to: the parameter of the conditions. */
    public Optional<String> facility() {
        return caller.facilityScope();
    }

    private static boolean inTransitTo(Inmate inmate, String facility) {
        return inmate.status == InmateStatus.IN_TRANSIT && facility.equals(inmate.transferredTo);
    }
}
