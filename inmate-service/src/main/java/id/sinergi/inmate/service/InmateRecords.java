package id.sinergi.inmate.service;

import id.sinergi.inmate.domain.DataCategory;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.ReleasePlan;
import id.sinergi.inmate.domain.RiskAssessment;
import id.sinergi.inmate.domain.TimelineEntry;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.paging.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Set;
import java.util.UUID;

/**
 * Reads of a WBP's record, each within the caller's scope: which WBP ({@link FacilityScope}), then
 * how much of each ({@link AccessPolicy}).
 */
@ApplicationScoped
public class InmateRecords {

    @Inject
    AccessPolicy access;

    @Inject
    FacilityScope facilityScope;

    /**
     * The record, the view the caller may have of it and the categories open to them (all for Lapas
     * staff, those granted for a Polres officer); a full view is logged.
     */
    public record Read(Inmate inmate, AccessPolicy.View view, Set<DataCategory> categories) {
    }

    @Transactional
    public Read read(UUID id, String purpose) {
        Inmate inmate = require(id);
        AccessPolicy.Scope scope = access.scopeOf(id);
        if (scope.view() == AccessPolicy.View.FULL) {
            access.logRead(id, scope, null, AccessPolicy.RecordRead.RECORD, purpose);
        }
        return new Read(inmate, scope.view(), scope.categories());
    }

    @Transactional
    public Inmate keyDates(UUID id, String purpose) {
        Inmate inmate = require(id);
        AccessPolicy.Scope scope = access.require(id, DataCategory.KEY_DATES);
        access.logRead(id, scope, DataCategory.KEY_DATES, AccessPolicy.RecordRead.KEY_DATES, purpose);
        return inmate;
    }

    @Transactional
    public Page<TimelineEntry> timeline(UUID id, String purpose, int page, int size) {
        require(id);
        AccessPolicy.Scope scope = access.require(id, DataCategory.MOVEMENTS_AND_TIMELINE);
        access.logRead(id, scope, DataCategory.MOVEMENTS_AND_TIMELINE, AccessPolicy.RecordRead.TIMELINE, purpose);
        return Page.of(TimelineEntry.find("inmateId", Sort.descending("id"), id), page, size);
    }

    @Transactional
    public Page<RiskAssessment> riskAssessments(UUID id, String purpose, int page, int size) {
        require(id);
        AccessPolicy.Scope scope = access.require(id, DataCategory.RISK_ASSESSMENTS);
        access.logRead(id, scope, DataCategory.RISK_ASSESSMENTS, AccessPolicy.RecordRead.RISK_ASSESSMENTS, purpose);
        return Page.of(RiskAssessment.find("inmateId", Sort.descending("id"), id), page, size);
    }

    /** The release plan: personal data, opened by IDENTITY; 404 when none is recorded. */
    @Transactional
    public ReleasePlan releasePlan(UUID id, String purpose) {
        require(id);
        AccessPolicy.Scope scope = access.require(id, DataCategory.IDENTITY);
        ReleasePlan plan = ReleasePlan.of(id).orElseThrow(() -> Problems.notFound("release-plan", id));
        access.logRead(id, scope, DataCategory.IDENTITY, AccessPolicy.RecordRead.RELEASE_PLAN, purpose);
        return plan;
    }

    /** The WBP within the caller's facility scope: 404 outside it, before anything is logged. */
    private Inmate require(UUID id) {
        return facilityScope.visible(id);
    }

}
