package id.sinergi.inmate.service;

import id.sinergi.inmate.domain.DataCategory;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.ReleasePlan;
import id.sinergi.inmate.domain.RiskAssessment;
import id.sinergi.inmate.domain.TimelineEntry;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.paging.Filter;
import id.sinergi.platform.paging.ListOrder;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
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

    /** A WBP's timeline: newest first by default. */
    public static final ListOrder<TimelineEntry> TIMELINE_ORDER = ListOrder.<TimelineEntry>byId("id", Long.class, entry -> entry.id)
            .key("at", "at", OffsetDateTime.class, entry -> entry.at)
            .updatedAt("updatedAt", OffsetDateTime.class, entry -> entry.updatedAt)
            .changes("changePosition", entry -> entry.changePosition)
            .sortedBy("-at");

    /** A WBP's risk assessments: newest first by default. */
    public static final ListOrder<RiskAssessment> RISK_ASSESSMENT_ORDER = ListOrder.<RiskAssessment>byId("id", Long.class, assessment -> assessment.id)
            .key("assessedAt", "assessedAt", OffsetDateTime.class, assessment -> assessment.assessedAt)
            .updatedAt("updatedAt", OffsetDateTime.class, assessment -> assessment.updatedAt)
            .changes("changePosition", assessment -> assessment.changePosition)
            .sortedBy("-assessedAt");

    @Transactional
    public Page<TimelineEntry> timeline(UUID id, String purpose, PageRequest page) {
        require(id);
        AccessPolicy.Scope scope = access.require(id, DataCategory.MOVEMENTS_AND_TIMELINE);
        access.logRead(id, scope, DataCategory.MOVEMENTS_AND_TIMELINE, AccessPolicy.RecordRead.TIMELINE, purpose);
        return TIMELINE_ORDER.read(page).read(new Filter().equal("inmateId", id), TimelineEntry.class);
    }

    @Transactional
    public Page<RiskAssessment> riskAssessments(UUID id, String purpose, PageRequest page) {
        require(id);
        AccessPolicy.Scope scope = access.require(id, DataCategory.RISK_ASSESSMENTS);
        access.logRead(id, scope, DataCategory.RISK_ASSESSMENTS, AccessPolicy.RecordRead.RISK_ASSESSMENTS, purpose);
        return RISK_ASSESSMENT_ORDER.read(page).read(new Filter().equal("inmateId", id), RiskAssessment.class);
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
