package id.sinergi.program.service;

import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.paging.Filter;
import id.sinergi.program.domain.KnownInmate;
import id.sinergi.program.domain.Programme;
import id.sinergi.program.domain.ProgrammeSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a caller may see and act on of the programmes (docs/security.md, Scope):
 * <ul>
 *   <li>Lapas staff and facility auditors ({@link Caller#facilityScope()}): their facility's programmes;</li>
 *   <li>a Polres officer or head (the token's {@code unit}): the programmes their unit co-organises, in
 *       every facility of the region;</li>
 *   <li>the Kanwil officer and the regional auditor ({@link Caller#isRegional()}): every programme.</li>
 * </ul>
 * Sessions, enrolments, attendance, reviews and statistics follow their programme; a WBP's
 * participation history follows the WBP. Everything else answers 404, so a caller cannot learn that
 * another facility's programme exists. Every read and write of program-service goes through here.
 */
@ApplicationScoped
public class Scope {

    @Inject
    Caller caller;

    /** A Polres caller: reads limited to their unit's co-organised programmes. */
    public boolean isPolres() {
        return caller.isPolice();
    }

    /** The caller's unit; a Polres token without one co-organises nothing. */
    public String unit() {
        return caller.unit() == null ? "" : caller.unit();
    }

    /**
     * The review queue follows risk raised to HIGH, beyond the basic view: Lapas staff and auditors read
     * it; Polres and the Kanwil officer, who get the basic view, do not.
     */
    public boolean readsReviews() {
        return caller.hasAnyRole(Roles.LAPAS_ROLES) || caller.hasAnyRole(Roles.AUDITOR);
    }

    public boolean sees(Programme programme) {
        Optional<String> facility = caller.facilityScope();
        if (facility.isPresent()) {
            return facility.get().equals(programme.facility);
        }
        if (isPolres()) {
            return unit().equals(programme.coOrganiserUnit);
        }
        return caller.isRegional();
    }

    /** The programme, when it exists and the caller may see it; 404 otherwise. */
    public Programme programme(Programme programme, UUID id) {
        if (programme == null || !sees(programme)) {
            throw Problems.notFound("programme", id);
        }
        return programme;
    }

    /** 404 unless the caller may see the programme a record belongs to; {@code what} names its kind ({@code not-found.detail.<what>}). */
    public void require(Programme programme, String what, Object id) {
        if (programme == null || !sees(programme)) {
            throw Problems.notFound(what, id);
        }
    }

    /** Restricts a query on {@code Programme} to the caller's programmes. */
    public Filter programmes(Filter filter) {
        condition("").ifPresent(condition -> filter.andIf(true, condition.clause(), condition.values()));
        return filter;
    }

    /** Restricts a query on {@code Enrolment} (or anything with a {@code programmeId}) to the caller's programmes. */
    public Filter ofProgrammes(Filter filter) {
        condition("p.").ifPresent(condition -> filter.andIf(true,
                "programmeId IN (SELECT p.id FROM Programme p WHERE " + condition.clause() + ")", condition.values()));
        return filter;
    }

    private record Condition(String clause, Map<String, Object> values) {
    }

    /** What holds the caller's programmes, on a programme's fields under {@code alias}; none for a regional caller. */
    private Optional<Condition> condition(String alias) {
        Optional<String> facility = caller.facilityScope();
        if (facility.isPresent()) {
            return Optional.of(new Condition(alias + "facility = :scopeFacility", Map.of("scopeFacility", facility.get())));
        }
        if (isPolres()) {
            return Optional.of(new Condition(alias + "coOrganiserUnit = :scopeUnit", Map.of("scopeUnit", unit())));
        }
        // A role that scope does not name yet sees nothing rather than everything.
        return caller.isRegional() ? Optional.empty() : Optional.of(new Condition("1 = 0", Map.of()));
    }

    /**
     * 404 unless the caller may read this WBP's participation history: facility staff and auditors hold
     * the WBP of their facility, and one in transit to it; a WBP program-service has not heard of is
     * not theirs either, so they cannot tell one from a WBP of another facility. Regional callers read
     * every WBP's (empty for one without enrolments).
     */
    public void requireInmate(KnownInmate inmate, UUID inmateId) {
        Optional<String> facility = caller.facilityScope();
        if (facility.isPresent() && (inmate == null || !inmate.isHeldBy(facility.get()))) {
            throw Problems.notFound("inmate", inmateId);
        }
    }

    /**
     * The facility a programme created now belongs to: the creator's. A Lapas token without a unit
     * belongs to no facility and creates nothing.
     */
    public String creatingFacility() {
        return caller.facilityScope().filter(facility -> !facility.isEmpty())
                .orElseThrow(() -> Problems.forbidden("no-facility-in-token"));
    }

    /**
     * A Polres officer records and corrects the roll only of the sessions their unit facilitates: a
     * session of a programme they co-organise but held by Lapas staff is 403 (they may know it exists,
     * they may not write its roll); one outside their programmes was already 404.
     */
    public void requireFacilitator(ProgrammeSession session) {
        if (isPolres() && !unit().equals(session.facilitatingUnit)) {
            throw Problems.problem(403, "not-the-facilitator", session.id, unit()).build();
        }
    }
}
