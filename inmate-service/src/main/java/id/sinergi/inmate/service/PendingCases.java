package id.sinergi.inmate.service;

import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.PendingCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Cases Polres reports pending against a WBP (an incident charged, an "other case"), kept from
 * liaison-service's events; integration eligibility reads the open ones.
 */
@ApplicationScoped
public class PendingCases {

    @Inject
    AccessPolicy access;

    @Inject
    FacilityScope facilityScope;

    /** What a case's event is about, as far as the record keeps it. */
    public record Report(PendingCase.Source source, UUID sourceId, UUID inmateId, String policeReportNumber, String article,
                         String polresUnit, String description) {
    }

    /**
     * Opens the case for the WBP, once: an event for a case already recorded changes nothing.
     *
     * @return false when the register does not know the WBP
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean open(Report report, OffsetDateTime at) {
        if (Inmate.findById(report.inmateId()) == null) {
            return false;
        }
        if (PendingCase.of(report.source(), report.sourceId(), report.inmateId()).isEmpty()) {
            PendingCase pending = new PendingCase();
            pending.id = UUID.randomUUID();
            pending.inmateId = report.inmateId();
            pending.source = report.source();
            pending.sourceId = report.sourceId();
            pending.policeReportNumber = report.policeReportNumber();
            pending.article = report.article();
            pending.polresUnit = report.polresUnit();
            pending.description = report.description();
            pending.openedAt = at;
            pending.persist();
        }
        return true;
    }

    /** Closes every open case of the source record (an incident names several WBP); a closed one stays as it was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void close(PendingCase.Source source, UUID sourceId, OffsetDateTime at, String outcome) {
        List<PendingCase> open = PendingCase.list("source = ?1 and sourceId = ?2 and closedAt is null", source, sourceId);
        for (PendingCase pending : open) {
            pending.closedAt = at;
            pending.outcome = outcome;
        }
    }

    /** A WBP's cases, open first; only for those who read the full record (404 otherwise, like key dates). */
    @Transactional
    public List<PendingCase> of(UUID inmateId) {
        facilityScope.visible(inmateId);
        access.requireFull(inmateId);
        return PendingCase.ofInmate(inmateId);
    }
}
