package id.sinergi.inmate.service;

import id.sinergi.inmate.domain.AccessLogEntry;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.RiskAssessment;
import id.sinergi.inmate.domain.TimelineEntry;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.paging.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Reads of a WBP's record, each within the caller's scope (see {@link AccessPolicy}). */
@ApplicationScoped
public class InmateRecords {

    @Inject
    AccessPolicy access;

    /** The record and the view the caller may have of it; a full view is logged. */
    public record Read(Inmate inmate, AccessPolicy.View view) {
    }

    @Transactional
    public Read read(UUID id, String purpose) {
        Inmate inmate = require(id);
        AccessPolicy.View view = access.viewOf(id);
        if (view == AccessPolicy.View.FULL) {
            access.logFullRead(inmate, purpose);
        }
        return new Read(inmate, view);
    }

    public Inmate keyDates(UUID id) {
        Inmate inmate = require(id);
        access.requireFull(id);
        return inmate;
    }

    public Page<TimelineEntry> timeline(UUID id, int page, int size) {
        require(id);
        access.requireFull(id);
        return Page.of(TimelineEntry.find("inmateId", Sort.descending("id"), id), page, size);
    }

    public Page<RiskAssessment> riskAssessments(UUID id, int page, int size) {
        require(id);
        access.requireFull(id);
        return Page.of(RiskAssessment.find("inmateId", Sort.descending("id"), id), page, size);
    }

    public Page<AccessLogEntry> accessLog(UUID inmateId, String actor, OffsetDateTime from, OffsetDateTime to,
                                          int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (inmateId != null) {
            query.append(" and inmateId = :inmateId");
            parameters.and("inmateId", inmateId);
        }
        if (actor != null) {
            query.append(" and actor = :actor");
            parameters.and("actor", actor);
        }
        if (from != null) {
            query.append(" and at >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            query.append(" and at < :to");
            parameters.and("to", to);
        }
        return Page.of(AccessLogEntry.find(query.toString(), Sort.descending("at", "id"), parameters), page, size);
    }

    private static Inmate require(UUID id) {
        Inmate inmate = Inmate.findById(id);
        if (inmate == null) {
            throw Problems.notFound("Inmate", id);
        }
        return inmate;
    }

}
