package id.sinergi.program.service;

import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.paging.Filter;
import id.sinergi.program.domain.Programme;
import id.sinergi.program.domain.ProgrammeSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.UUID;

/**
 * What a caller may see of the programmes: Lapas staff and auditors everything; a Polres officer or
 * head (the token's {@code unit}) only the programmes their unit co-organises, with those programmes'
 * sessions, enrolments and attendance. Everything else answers 404, so an officer cannot learn that
 * another programme exists. Every read of program-service goes through here.
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

    public boolean sees(Programme programme) {
        return !isPolres() || unit().equals(programme.coOrganiserUnit);
    }

    /** The programme, when it exists and the caller may see it; 404 otherwise. */
    public Programme programme(Programme programme, UUID id) {
        if (programme == null || !sees(programme)) {
            throw Problems.notFound("Programme", id);
        }
        return programme;
    }

    /** 404 unless the caller may see the programme a record (what, id) belongs to. */
    public void require(Programme programme, String what, Object id) {
        if (programme == null || !sees(programme)) {
            throw Problems.notFound(what, id);
        }
    }

    /** Restricts a query on {@code Programme} to the caller's programmes. */
    public Filter programmes(Filter filter) {
        return filter.andIf(isPolres(), "coOrganiserUnit = :scopeUnit", Map.of("scopeUnit", unit()));
    }

    /** Restricts a query on {@code Enrolment} (or anything with a {@code programmeId}) to the caller's programmes. */
    public Filter ofProgrammes(Filter filter) {
        return filter.andIf(isPolres(), "programmeId IN (SELECT p.id FROM Programme p WHERE p.coOrganiserUnit = :scopeUnit)",
                Map.of("scopeUnit", unit()));
    }

    /**
     * A Polres officer records and corrects the roll only of the sessions their unit facilitates: a
     * session of a programme they co-organise but held by Lapas staff is 403 (they may know it exists,
     * they may not write its roll); one outside their programmes was already 404.
     */
    public void requireFacilitator(ProgrammeSession session) {
        if (isPolres() && !unit().equals(session.facilitatingUnit)) {
            throw Problems.problem(403, "not-the-facilitator", "Forbidden", "session " + session.id
                    + " is not facilitated by " + unit() + "; its roll is taken by who holds it").build();
        }
    }
}
