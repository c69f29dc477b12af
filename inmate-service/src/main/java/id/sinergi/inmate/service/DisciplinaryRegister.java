package id.sinergi.inmate.service;

import id.sinergi.inmate.command.DisciplinaryRequests;
import id.sinergi.inmate.domain.DisciplinaryEntry;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Register F: the breaches of the facility's rules and the disciplinary sanctions imposed for them,
 * kept by security and the head of the facility. Remission eligibility ({@link RemissionEligibility})
 * reads the entries that are not annulled.
 */
@ApplicationScoped
public class DisciplinaryRegister {

    @Inject
    Caller caller;

    @Inject
    FacilityClock clock;

    @Inject
    FacilityScope facilityScope;

    @Transactional
    public DisciplinaryEntry record(UUID inmateId, DisciplinaryRequests.Entry request) {
        Inmate inmate = facilityScope.actionable(inmateId);
        if (!inmate.isInCustody()) {
            throw Problems.conflict("not-in-custody", inmate.status);
        }
        if (request.sanctionEnd().isBefore(request.sanctionStart())) {
            throw Problems.invalidField("sanction-ends-before-it-starts", "sanctionEnd", request.sanctionEnd(), request.sanctionStart());
        }
        DisciplinaryEntry entry = new DisciplinaryEntry();
        entry.inmateId = inmateId;
        entry.violation = request.violation();
        entry.decisionNumber = request.decisionNumber();
        entry.decisionDate = request.decisionDate();
        entry.sanction = request.sanction();
        entry.sanctionStart = request.sanctionStart();
        entry.sanctionEnd = request.sanctionEnd();
        entry.recordedBy = caller.subject();
        entry.recordedAt = now();
        entry.persist();
        return entry;
    }

    @Transactional
    public List<DisciplinaryEntry> entries(UUID inmateId) {
        facilityScope.visible(inmateId);
        return DisciplinaryEntry.of(inmateId);
    }

    /** Sets an entry aside (the decision was withdrawn or overturned); it stays in the register, marked annulled. */
    @Transactional
    public DisciplinaryEntry annul(UUID inmateId, long entryId, DisciplinaryRequests.Annulment request) {
        facilityScope.actionable(inmateId);
        DisciplinaryEntry entry = DisciplinaryEntry.findById(entryId);
        if (entry == null || !entry.inmateId.equals(inmateId)) {
            throw Problems.notFound("register-f-entry", entryId);
        }
        if (entry.annulled()) {
            throw Problems.conflict("entry-already-annulled", entryId, entry.annulledAt, entry.annulledBy);
        }
        entry.annulledAt = now();
        entry.annulledBy = caller.subject();
        entry.annulmentReason = request.reason();
        return entry;
    }

    private OffsetDateTime now() {
        return clock.timestamp();
    }
}
