package id.sinergi.liaison.service;

import id.sinergi.liaison.domain.Admission;
import id.sinergi.liaison.domain.InmateHistory;
import id.sinergi.liaison.domain.InmateSnapshot;
import id.sinergi.liaison.domain.IntegrationStart;
import id.sinergi.liaison.domain.ProgrammeActivity;
import id.sinergi.liaison.domain.EnrolmentSnapshot;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The facts the Kanwil's monthly report counts, recorded from inmate and program events as they
 * arrive, each once however often its event is delivered: every snapshot of a WBP (the history the
 * population at a date is read from), admissions, the starts of integrations and programme activity.
 */
@ApplicationScoped
public class ReportFacts {

    private static final Logger LOG = Logger.getLogger(ReportFacts.class);

    @Inject
    FacilityClock clock;

    /** A snapshot as of the event's time; an old one re-driven later still belongs to its time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void snapshot(UUID inmateId, long version, String facility, String registerNumber, String registerClass,
                         String status, OffsetDateTime at) {
        if (InmateHistory.findById(new InmateHistory.Key(inmateId, version)) != null) {
            return;
        }
        // The snapshot before this one held until now; this one holds until the next, if that came first.
        InmateHistory.update("validTo = ?1 where key.inmateId = ?2 and key.snapshotVersion = (select max(h.key.snapshotVersion) "
                + "from InmateHistory h where h.key.inmateId = ?2 and h.key.snapshotVersion < ?3)", at, inmateId, version);
        InmateHistory next = InmateHistory.<InmateHistory>find("key.inmateId = ?1 and key.snapshotVersion > ?2",
                io.quarkus.panache.common.Sort.by("key.snapshotVersion"), inmateId, version).firstResult();
        InmateHistory history = new InmateHistory();
        history.key = new InmateHistory.Key(inmateId, version);
        history.validTo = next == null ? null : next.validFrom;
        history.facility = facility;
        history.registerNumber = registerNumber;
        history.registerClass = registerClass;
        history.status = status;
        history.validFrom = at;
        history.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void admitted(InmateSnapshot inmate, String facility, String registerNumber, String registerClass,
                         LocalDate admittedOn) {
        if (Admission.findById(inmate.inmateId) != null) {
            return;
        }
        Admission admission = new Admission();
        admission.inmateId = inmate.inmateId;
        admission.facility = facility;
        admission.registerNumber = registerNumber;
        admission.registerClass = registerClass;
        admission.admittedOn = admittedOn;
        admission.recordedAt = clock.timestamp();
        admission.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void integrationStarted(InmateSnapshot inmate, String kind, LocalDate startsOn) {
        if (IntegrationStart.count("inmateId = ?1 and kind = ?2 and startsOn = ?3", inmate.inmateId, kind, startsOn) > 0) {
            return;
        }
        IntegrationStart start = new IntegrationStart();
        start.id = UUID.randomUUID();
        start.inmateId = inmate.inmateId;
        start.facility = inmate.facility;
        start.registerNumber = inmate.registerNumber;
        start.registerClass = inmate.registerClass;
        start.kind = kind;
        start.startsOn = startsOn;
        start.recordedAt = clock.timestamp();
        start.persist();
    }

    /**
     * A roll taken at a session ({@code sessionId}) or a completion (null session) of an enrolment, placed
     * in the programme's facility, or, for an event that names none, the facility the WBP is in as this
     * service knows it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void programmeActivity(EnrolmentSnapshot enrolment, String facility, UUID sessionId, LocalDate on) {
        ProgrammeActivity.Kind kind = sessionId == null ? ProgrammeActivity.Kind.COMPLETION : ProgrammeActivity.Kind.ATTENDANCE;
        long held = sessionId == null
                ? ProgrammeActivity.count("enrolmentId = ?1 and kind = ?2", enrolment.enrolmentId, kind)
                : ProgrammeActivity.count("enrolmentId = ?1 and sessionId = ?2", enrolment.enrolmentId, sessionId);
        if (held > 0) {
            return;
        }
        InmateSnapshot inmate = facility != null ? null : InmateSnapshot.findById(enrolment.inmateId);
        ProgrammeActivity activity = new ProgrammeActivity();
        activity.id = UUID.randomUUID();
        activity.kind = kind;
        activity.enrolmentId = enrolment.enrolmentId;
        activity.sessionId = sessionId;
        activity.inmateId = enrolment.inmateId;
        activity.programmeCode = enrolment.programmeCode;
        activity.programmeName = enrolment.programmeName;
        activity.category = enrolment.category;
        activity.facility = facility != null ? facility : inmate == null ? null : inmate.facility;
        activity.onDate = on;
        activity.recordedAt = clock.timestamp();
        activity.persist();
        LOG.debugf("programme %s: %s on %s", enrolment.programmeCode, kind, on);
    }
}
