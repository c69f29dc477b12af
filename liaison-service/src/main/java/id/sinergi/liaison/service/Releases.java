package id.sinergi.liaison.service;

import id.sinergi.liaison.domain.EnrolmentSnapshot;
import id.sinergi.liaison.domain.InmateSnapshot;
import id.sinergi.liaison.domain.Release;
import id.sinergi.liaison.domain.Reoffence;
import id.sinergi.liaison.domain.RiskLevel;
import id.sinergi.platform.paging.Filter;
import id.sinergi.platform.paging.ListOrder;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The releases (one per stay) and the re-offences that followed them, from inmate events; listed
 * within the caller's scope with the filters the indicators count by, so that each figure is the
 * {@code total} of a list the caller can read.
 */
@ApplicationScoped
public class Releases {

    private static final Logger LOG = Logger.getLogger(Releases.class);

    @Inject
    FacilityClock clock;

    @Inject
    Scope scope;

    /**
     * @param reoffendedWithinMonths re-arrested or readmitted before the N-month anniversary of the release
     * @param programmeCategory      completed a programme of this category before release
     * @param offenceCategory        held for an offence of this category
     */
    public record Criteria(LocalDate releasedFrom, LocalDate releasedTo, Integer reoffendedWithinMonths,
                           Boolean programmeCompleted, String programmeCategory, RiskLevel riskLevel,
                           String offenceCategory, String facility) {

        public Criteria(LocalDate releasedFrom, LocalDate releasedTo, Integer reoffendedWithinMonths, Boolean programmeCompleted,
                        String programmeCategory, RiskLevel riskLevel, String offenceCategory) {
            this(releasedFrom, releasedTo, reoffendedWithinMonths, programmeCompleted, programmeCategory, riskLevel,
                    offenceCategory, null);
        }
    }

    /** Records the release of a stay once, with the risk, offences and completed programmes known now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void released(InmateSnapshot inmate, UUID personId, LocalDate releasedOn, String reason, String polresUnit) {
        if (Release.findById(inmate.inmateId) != null) {
            LOG.debugf("the release of stay %s was recorded before", inmate.inmateId);
            return;
        }
        List<EnrolmentSnapshot> completed = EnrolmentSnapshot.completedBy(inmate.inmateId);
        Release release = new Release();
        release.inmateId = inmate.inmateId;
        release.personId = personId;
        release.registerNumber = inmate.registerNumber;
        release.facility = inmate.facility;
        release.polresUnit = polresUnit;
        release.releasedOn = releasedOn;
        release.reason = reason;
        release.offenceCategories = List.copyOf(inmate.offenceCategories);
        release.riskLevel = inmate.riskLevel;
        release.programmeCompleted = !completed.isEmpty();
        release.programmeCategories = completed.stream().map(e -> e.category).distinct().sorted().toList();
        release.recordedAt = clock.timestamp();
        release.persist();
        LOG.infof("release of stay %s on %s recorded", inmate.inmateId, releasedOn);
    }

    /** Records a re-arrest or readmission once (per kind and source), linked to the stay released before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reoffended(Reoffence.Kind kind, UUID sourceId, UUID releaseInmateId, UUID personId, LocalDate releasedOn,
                           LocalDate occurredOn, String policeReportNumber, String polresUnit) {
        if (Reoffence.count("kind = ?1 and sourceId = ?2", kind, sourceId) > 0) {
            LOG.debugf("%s %s was recorded before", kind, sourceId);
            return;
        }
        Reoffence reoffence = new Reoffence();
        reoffence.id = UUID.randomUUID();
        reoffence.kind = kind;
        reoffence.sourceId = sourceId;
        reoffence.releaseInmateId = releaseInmateId;
        reoffence.personId = personId;
        reoffence.releasedOn = releasedOn;
        reoffence.occurredOn = occurredOn;
        reoffence.monthsAfterRelease = Reoffence.monthsBetween(releasedOn, occurredOn);
        reoffence.policeReportNumber = policeReportNumber;
        reoffence.polresUnit = polresUnit;
        reoffence.recordedAt = clock.timestamp();
        reoffence.persist();
        LOG.infof("%s %s after the release of stay %s: %d months", kind, sourceId, releaseInmateId,
                reoffence.monthsAfterRelease);
    }

    /** Releases: by release date unless the request names another order; a release is one stay's (its id). */
    public static final ListOrder<Release> ORDER = ListOrder.<Release>byId("inmateId", UUID.class, release -> release.inmateId)
            .key("releasedOn", "releasedOn", LocalDate.class, release -> release.releasedOn)
            .key("recordedAt", "recordedAt", OffsetDateTime.class, release -> release.recordedAt)
            .updatedAt("updatedAt", OffsetDateTime.class, release -> release.updatedAt)
            .changes("changePosition", release -> release.changePosition)
            .sortedBy("releasedOn");

    public Page<Release> list(Criteria criteria, PageRequest page) {
        return ORDER.read(page).read(filter(criteria), Release.class);
    }

    /** The list's total, without reading a page. */
    public long count(Criteria criteria) {
        Filter filter = filter(criteria);
        return Release.count(filter.query(), filter.parameters());
    }

    /** The distinct values present among the releases of the period (within scope), for grouping. */
    public List<String> programmeCategories(LocalDate from, LocalDate to) {
        return distinct("programmeCategories", from, to);
    }

    public List<String> offenceCategories(LocalDate from, LocalDate to) {
        return distinct("offenceCategories", from, to);
    }

    private List<String> distinct(String field, LocalDate from, LocalDate to) {
        Filter filter = filter(new Criteria(from, to, null, null, null, null, null));
        return Release.<Release>find(filter.query(), filter.parameters()).list().stream()
                .flatMap(r -> ("programmeCategories".equals(field) ? r.programmeCategories : r.offenceCategories).stream())
                .distinct().sorted().toList();
    }

    public List<Reoffence> reoffencesAfter(List<UUID> releaseInmateIds) {
        return releaseInmateIds.isEmpty() ? List.of()
                : Reoffence.list("releaseInmateId in ?1 order by occurredOn, id", releaseInmateIds);
    }

    private Filter filter(Criteria criteria) {
        Filter filter = new Filter()
                .and("releasedOn >= :from", "from", criteria.releasedFrom())
                .and("releasedOn <= :to", "to", criteria.releasedTo())
                .and("inmateId in (select r.releaseInmateId from Reoffence r where r.monthsAfterRelease < :within)",
                        "within", criteria.reoffendedWithinMonths())
                .and("programmeCompleted = :completed", "completed", criteria.programmeCompleted())
                .and("array_contains(programmeCategories, :programmeCategory)", "programmeCategory", criteria.programmeCategory())
                .and("riskLevel = :risk", "risk", criteria.riskLevel() == null ? null : criteria.riskLevel().name())
                .and("array_contains(offenceCategories, :offenceCategory)", "offenceCategory", criteria.offenceCategory())
                .and("facility = :facility", "facility", scope.facilityFilter(criteria.facility()));
        scope.restrict(filter, "polresUnit = :unit", Map.of());
        return filter;
    }
}
