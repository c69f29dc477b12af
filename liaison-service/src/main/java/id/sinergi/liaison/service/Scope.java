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
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What a caller may see: the Lapas sees everything of its facility (the token's {@code unit}),
 * Polres what concerns its own unit, auditors everything. Anything outside answers 404, so a caller
 * cannot learn that another unit's request exists.
 */
@ApplicationScoped
public class Scope {

    public enum Side { LAPAS, POLRES, AUDITOR }

    @Inject
    Caller caller;

    public Side side() {
        if (caller.hasAnyRole(Roles.LAPAS_ROLES)) {
            return Side.LAPAS;
        }
        if (caller.hasAnyRole(Roles.AUDITOR)) {
            return Side.AUDITOR;
        }
        if (caller.isPolice()) {
            return Side.POLRES;
        }
        throw Problems.forbidden("no liaison role");
    }

    /**
     * Restricts a list to the caller's scope.
     *
     * @param polresClause what Polres may see, a JPQL condition on {@code :unit} and {@code polresValues}
     */
    public void restrict(Filter filter, String polresClause, Map<String, Object> polresValues) {
        Side side = side();
        filter.andIf(side == Side.LAPAS, "(facility = :unit or facility is null)", Map.of("unit", unit()));
        Map<String, Object> values = new HashMap<>(polresValues);
        values.put("unit", unit());
        filter.andIf(side == Side.POLRES, polresClause, values);
    }

    /** The caller's unit; a token without one matches no unit. */
    private String unit() {
        return caller.unit() == null ? "" : caller.unit();
    }

    /** Throws 404 unless the caller may see a record of this facility that concerns this Polres unit. */
    public void require(boolean polresMaySee, String facility, String what, Object id) {
        boolean visible = switch (side()) {
            case LAPAS -> facility == null || facility.equals(caller.unit());
            case POLRES -> polresMaySee;
            case AUDITOR -> true;
        };
        if (!visible) {
            throw Problems.notFound(what, id);
        }
    }

    public boolean isPolresUnit(String unit) {
        return unit != null && unit.equals(caller.unit());
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
