package id.sinergi.liaison.service;

import id.sinergi.liaison.domain.CoordinationRecord;
import id.sinergi.liaison.domain.FacilityRecord;
import id.sinergi.liaison.domain.PolresRequest;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.paging.Filter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What a caller may see in the region (docs/security.md, Scope): Lapas staff and facility auditors
 * their facility's records (the token's {@code unit}); Polres what concerns its own unit, in every
 * facility; the regional auditor and the kanwil-officer every facility (the kanwil-officer reads
 * only, in the basic view: {@link #isBasicViewOnly}). Anything outside answers 404, so a caller cannot
 * learn that another unit's or facility's record exists.
 *
 * <p>A record without a facility (made before facilities were recorded, and not attributed by
 * migration V14) is no facility's: regional readers and its Polres unit see it, no facility's staff.
 */
@ApplicationScoped
public class Scope {

    /** FACILITY: Lapas staff and facility auditors; POLRES: Polres roles; REGION: regional auditor and kanwil-officer. */
    public enum Side { FACILITY, POLRES, REGION }

    @Inject
    Caller caller;

    public Side side() {
        if (caller.facilityScope().isPresent()) {
            return Side.FACILITY;
        }
        if (caller.isRegional()) {
            return Side.REGION;
        }
        if (caller.isPolice()) {
            return Side.POLRES;
        }
        throw Problems.forbidden("no-liaison-role");
    }

    /** The facility the caller is held to, if any. */
    public Optional<String> facility() {
        return caller.facilityScope();
    }

    /**
     * The kanwil-officer reads across the region but never personal data beyond a WBP's basic view
     * (data categories OFFENCES_AND_SENTENCE, PROGRAMMES, MOVEMENTS_AND_TIMELINE, RISK_ASSESSMENTS, and
     * identity beyond the basic view: addresses, features, contacts); views leave those out for it.
     */
    public boolean isBasicViewOnly() {
        return caller.hasAnyRole(Roles.KANWIL_OFFICER) && !caller.hasAnyRole(Roles.AUDITOR)
                && !caller.hasAnyRole(Roles.LAPAS_ROLES);
    }

    /**
     * Restricts a list to the caller's scope.
     *
     * @param polresClause what Polres may see, a JPQL condition on {@code :unit} and {@code polresValues}
     */
    public void restrict(Filter filter, String polresClause, Map<String, Object> polresValues) {
        Side side = side();
        filter.andIf(side == Side.FACILITY, "facility = :scopeFacility", Map.of("scopeFacility", facility().orElse("")));
        Map<String, Object> values = new HashMap<>(polresValues);
        values.put("unit", unit());
        filter.andIf(side == Side.POLRES, polresClause, values);
    }

    /**
     * The {@code facility} filter of a list: a facility outside the caller's is 404, as its records are.
     * Returns the code to filter by (null: every facility in scope).
     */
    public String facilityFilter(String facility) {
        if (facility == null || facility.isBlank()) {
            return null;
        }
        String code = facility.strip();
        requireFacility(code);
        return code;
    }

    /** 404 unless the caller may read the records of {@code facility}. */
    public void requireFacility(String facility) {
        Optional<String> own = facility();
        if (own.isPresent() && !own.get().equals(facility)) {
            throw Problems.notFound("facility", facility);
        }
    }

    /** The caller's unit; a token without one matches no unit. */
    private String unit() {
        return caller.unit() == null ? "" : caller.unit();
    }

    /** Throws 404 unless the caller may see a record of this facility that concerns this Polres unit. */
    public void require(boolean polresMaySee, String facility, String what, Object id) {
        boolean visible = switch (side()) {
            case FACILITY -> facility != null && facility.equals(facility().orElse(null));
            case POLRES -> polresMaySee;
            case REGION -> true;
        };
        if (!visible) {
            throw Problems.notFound(what, id);
        }
    }

    public boolean isPolresUnit(String unit) {
        return unit != null && unit.equals(caller.unit()) && side() == Side.POLRES;
    }

    /** A request Polres made, if the caller may see it: 404 when there is none or it is not theirs. */
    public <T extends PolresRequest> T visible(T request, String what, UUID id) {
        return found(request, what, id, r -> isPolresUnit(r.polresUnit));
    }

    /**
     * A coordination record, if the caller may see it: Polres sees what concerns its unit and, of
     * those, only what {@code polresMaySee} allows (an incident once it is shared).
     */
    public <T extends CoordinationRecord> T visible(T record, Predicate<T> polresMaySee, String what, UUID id) {
        return found(record, what, id, r -> isPolresUnit(r.polresUnit) && polresMaySee.test(r));
    }

    private <T extends FacilityRecord> T found(T record, String what, UUID id, Predicate<T> polresMaySee) {
        if (record == null) {
            throw Problems.notFound(what, id);
        }
        require(polresMaySee.test(record), record.facility, what, id);
        return record;
    }
}
