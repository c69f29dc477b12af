package id.sinergi.program.service;

import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.outbox.Outbox;
import id.sinergi.platform.paging.Filter;
import id.sinergi.platform.paging.ListOrder;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.time.FacilityClock;
import id.sinergi.program.command.AttendanceAmendmentRequest;
import id.sinergi.program.command.AttendanceMark;
import id.sinergi.program.command.AttendanceMarking;
import id.sinergi.program.command.AttendanceRoll;
import id.sinergi.program.command.SessionRequest;
import id.sinergi.program.domain.Attendance;
import id.sinergi.program.domain.AttendanceAmendment;
import id.sinergi.program.domain.AttendanceStatus;
import id.sinergi.program.domain.Enrolment;
import id.sinergi.program.domain.Programme;
import id.sinergi.program.domain.ProgrammeSession;
import id.sinergi.program.event.ProgramEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A programme's schedule of sessions and the attendance taken at each. Attendance updates the
 * enrolment's counts (its attendance rate) under the enrolment's row lock; a correction keeps what
 * it replaced, with who corrected it and why.
 */
@ApplicationScoped
public class Sessions {

    @Inject
    FacilityClock clock;

    @Inject
    EnrolmentTransitions transitions;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    Scope scope;

    public record Details(Attendance attendance, ProgrammeSession session, UUID inmateId, List<AttendanceAmendment> amendments) {
    }

    @Transactional
    public ProgrammeSession schedule(UUID programmeId, SessionRequest slot) {
        Programme programme = scope.programme(transitions.lockProgramme(programmeId), programmeId);
        Programmes.requireNotClosed(programme, "schedule-session");
        if (slot.date().isBefore(programme.startsOn) || slot.date().isAfter(programme.endsOn)) {
            throw Problems.invalidField("session-outside-programme", "date", slot.date(), programme.startsOn, programme.endsOn);
        }
        if (!slot.endsAt().isAfter(slot.startsAt())) {
            throw Problems.invalidField("session-ends-before-start", "endsAt");
        }
        if (slot.facilitatingUnit() != null && !slot.facilitatingUnit().equals(programme.coOrganiserUnit)) {
            throw (programme.coOrganiserUnit == null
                            ? Problems.problem(422, "not-the-co-organiser.none", slot.facilitatingUnit(), programme.code)
                            : Problems.problem(422, "not-the-co-organiser", slot.facilitatingUnit(), programme.code, programme.coOrganiserUnit))
                    .with("field", "facilitatingUnit").with("coOrganiserUnit", programme.coOrganiserUnit).build();
        }
        ProgrammeSession session = new ProgrammeSession();
        session.id = UUID.randomUUID();
        session.programmeId = programmeId;
        session.sessionDate = slot.date();
        session.startsAt = slot.startsAt();
        session.endsAt = slot.endsAt();
        session.topic = slot.topic();
        session.facilitator = slot.facilitator();
        session.facilitatingUnit = slot.facilitatingUnit();
        session.createdAt = clock.timestamp();
        session.persistAndFlush();
        return session;
    }

    /** A programme's sessions: by date and start time unless the request names another order. */
    public static final ListOrder<ProgrammeSession> SESSION_ORDER = ListOrder.<ProgrammeSession>byId("id", UUID.class, session -> session.id)
            .key("sessionDate", List.of(ListOrder.column("sessionDate", LocalDate.class, (ProgrammeSession session) -> session.sessionDate),
                    ListOrder.column("startsAt", LocalTime.class, (ProgrammeSession session) -> session.startsAt)))
            .key("createdAt", "createdAt", OffsetDateTime.class, session -> session.createdAt)
            .updatedAt("updatedAt", OffsetDateTime.class, session -> session.updatedAt)
            .changes("changePosition", session -> session.changePosition)
            .sortedBy("sessionDate");

    /** A session's roll: by enrolment unless the request names another order. */
    public static final ListOrder<Attendance> ATTENDANCE_ORDER = ListOrder.<Attendance>byId("id", UUID.class, attendance -> attendance.id)
            .key("enrolmentId", "enrolmentId", UUID.class, attendance -> attendance.enrolmentId)
            .key("recordedAt", "recordedAt", OffsetDateTime.class, attendance -> attendance.recordedAt)
            .updatedAt("updatedAt", OffsetDateTime.class, attendance -> attendance.updatedAt)
            .changes("changePosition", attendance -> attendance.changePosition)
            .sortedBy("enrolmentId");

    public Page<ProgrammeSession> sessions(UUID programmeId, PageRequest page) {
        scope.programme(Programme.findById(programmeId), programmeId);
        return SESSION_ORDER.read(page).read(new Filter().equal("programmeId", programmeId), ProgrammeSession.class);
    }

    public ProgrammeSession session(UUID programmeId, UUID sessionId) {
        ProgrammeSession session = ProgrammeSession.findById(sessionId);
        if (session == null || !session.programmeId.equals(programmeId)) {
            throw Problems.notFound("session", sessionId);
        }
        scope.require(entityManager.find(Programme.class, programmeId), "session", sessionId);
        return session;
    }

    /** The roll of one session: one mark per enrolment, each enrolment once. */
    @Transactional
    public List<Details> record(UUID programmeId, UUID sessionId, AttendanceRoll roll) {
        List<AttendanceMark> entries = roll.records();
        ProgrammeSession session = session(programmeId, sessionId);
        scope.requireFacilitator(session);
        if (session.sessionDate.isAfter(clock.today())) {
            throw Problems.invalidField("session-not-held-yet", "sessionId", session.sessionDate);
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!seen.add(entries.get(i).enrolmentId())) {
                throw Problems.invalidField("duplicate-entry", "records[" + i + "].enrolmentId", entries.get(i).enrolmentId());
            }
            requireConsistent(entries.get(i), "records[" + i + "].");
        }
        Programme programme = entityManager.find(Programme.class, programmeId);
        String actor = caller.subject();
        Details[] recorded = new Details[entries.size()];
        // Enrolments are locked in id order, so two rolls taken at once cannot deadlock; answers keep the roll's order.
        List<Integer> lockOrder = IntStream.range(0, entries.size()).boxed()
                .sorted(Comparator.comparing(i -> entries.get(i).enrolmentId())).toList();
        for (int index : lockOrder) {
            AttendanceMark entry = entries.get(index);
            Enrolment enrolment = entityManager.find(Enrolment.class, entry.enrolmentId(), LockModeType.PESSIMISTIC_WRITE);
            String field = "records[" + index + "].enrolmentId";
            if (enrolment == null || !enrolment.programmeId.equals(programmeId)) {
                throw Problems.invalidField("unknown-enrolment", field, entry.enrolmentId());
            }
            if (!enrolment.state.holdsPlace()) {
                throw Problems.problem(409, "enrolment-not-active", enrolment.id, enrolment.state)
                        .with("field", field).with("state", enrolment.state).build();
            }
            Attendance existing = find(sessionId, enrolment.id);
            if (existing != null) {
                throw Problems.problem(409, "attendance-already-recorded", enrolment.id)
                        .with("field", field).with("attendanceId", existing.id).build();
            }
            Attendance attendance = new Attendance();
            attendance.id = UUID.randomUUID();
            attendance.sessionId = sessionId;
            attendance.enrolmentId = enrolment.id;
            mark(attendance, entry, actor);
            attendance.persist();
            enrolment.sessionsRecorded++;
            enrolment.sessionsPresent += attendance.status == AttendanceStatus.PRESENT ? 1 : 0;
            publish(enrolment, programme, session, attendance, false);
            recorded[index] = new Details(attendance, session, enrolment.inmateId, List.of());
        }
        entityManager.flush();
        return List.of(recorded);
    }

    @Transactional
    public Details amend(UUID programmeId, UUID sessionId, UUID enrolmentId, String ifMatch, AttendanceAmendmentRequest mark) {
        ProgrammeSession session = session(programmeId, sessionId);
        scope.requireFacilitator(session);
        Enrolment enrolment = entityManager.find(Enrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE);
        Attendance attendance = enrolment == null ? null : find(sessionId, enrolmentId);
        if (attendance == null) {
            throw Problems.notFound("attendance", enrolmentId);
        }
        ETags.requireMatch(ifMatch, attendance.version);
        requireConsistent(mark, "");
        if (attendance.status == mark.status() && attendance.absenceReason == mark.absenceReason()
                && Objects.equals(attendance.note, mark.note())) {
            throw Problems.unprocessable("amendment-changes-nothing");
        }
        AttendanceAmendment amendment = new AttendanceAmendment();
        amendment.attendanceId = attendance.id;
        amendment.previousStatus = attendance.status;
        amendment.previousAbsenceReason = attendance.absenceReason;
        amendment.previousNote = attendance.note;
        amendment.previouslyRecordedBy = attendance.recordedBy;
        amendment.previouslyRecordedAt = attendance.recordedAt;
        amendment.reason = mark.reason();
        String actor = caller.subject();
        amendment.amendedBy = actor;
        amendment.amendedAt = clock.timestamp();
        amendment.persist();
        int presentBefore = attendance.status == AttendanceStatus.PRESENT ? 1 : 0;
        mark(attendance, mark, actor);
        enrolment.sessionsPresent += (attendance.status == AttendanceStatus.PRESENT ? 1 : 0) - presentBefore;
        publish(enrolment, entityManager.find(Programme.class, programmeId), session, attendance, true);
        entityManager.flush();
        return new Details(attendance, session, enrolment.inmateId, amendments(attendance.id));
    }

    public Details attendance(UUID programmeId, UUID sessionId, UUID enrolmentId) {
        ProgrammeSession session = session(programmeId, sessionId);
        Attendance attendance = find(sessionId, enrolmentId);
        if (attendance == null) {
            throw Problems.notFound("attendance", enrolmentId);
        }
        Enrolment enrolment = entityManager.find(Enrolment.class, enrolmentId);
        return new Details(attendance, session, enrolment.inmateId, amendments(attendance.id));
    }

    /** A page of a session's roll: its WBP and corrections read for the whole page, not per record. */
    public Page<Details> ofSession(UUID programmeId, UUID sessionId, PageRequest page) {
        ProgrammeSession session = session(programmeId, sessionId);
        Page<Attendance> found = ATTENDANCE_ORDER.read(page).read(new Filter().equal("sessionId", sessionId), Attendance.class);
        List<Attendance> items = found.items();
        Map<UUID, UUID> inmates = items.isEmpty() ? Map.of() : entityManager.createQuery(
                        "SELECT e.id, e.inmateId FROM Enrolment e WHERE e.id IN :ids", Object[].class)
                .setParameter("ids", items.stream().map(a -> a.enrolmentId).toList()).getResultList().stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (UUID) row[1]));
        Map<UUID, List<AttendanceAmendment>> amendments = amendments(items.stream().map(a -> a.id).toList());
        return found.withItems(items.stream().map(attendance -> new Details(attendance, session, inmates.get(attendance.enrolmentId),
                amendments.getOrDefault(attendance.id, List.of()))).toList());
    }

    /** One enrolment's attendance across the programme's sessions, in session order. */
    public List<Details> ofEnrolment(UUID enrolmentId) {
        Enrolment enrolment = entityManager.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw Problems.notFound("enrolment", enrolmentId);
        }
        scope.require(entityManager.find(Programme.class, enrolment.programmeId), "enrolment", enrolmentId);
        List<Object[]> rows = entityManager.createQuery("""
                        SELECT a, s FROM Attendance a, ProgrammeSession s WHERE a.sessionId = s.id AND a.enrolmentId = :e
                        ORDER BY s.sessionDate, s.startsAt""", Object[].class)
                .setParameter("e", enrolmentId).getResultList();
        Map<UUID, List<AttendanceAmendment>> amendments = amendments(rows.stream().map(row -> ((Attendance) row[0]).id).toList());
        return rows.stream()
                .map(row -> new Details((Attendance) row[0], (ProgrammeSession) row[1], enrolment.inmateId,
                        amendments.getOrDefault(((Attendance) row[0]).id, List.of())))
                .toList();
    }

    private void publish(Enrolment enrolment, Programme programme, ProgrammeSession session, Attendance attendance,
                         boolean amended) {
        outbox.record(ProgramEvents.ATTENDANCE_RECORDED, enrolment.id.toString(), new ProgramEvents.AttendanceRecorded(
                transitions.snapshot(enrolment, programme), new ProgramEvents.AttendanceRef(session.id, session.sessionDate,
                attendance.status, attendance.absenceReason, amended)));
    }

    private void mark(Attendance attendance, AttendanceMarking mark, String actor) {
        attendance.status = mark.status();
        attendance.absenceReason = mark.absenceReason();
        attendance.note = mark.note();
        attendance.recordedBy = actor;
        attendance.recordedAt = clock.timestamp();
    }

    private static void requireConsistent(AttendanceMarking mark, String prefix) {
        if (mark.status() == AttendanceStatus.ABSENT && mark.absenceReason() == null) {
            throw Problems.invalidField("absence-reason-required", prefix + "absenceReason");
        }
        if (mark.status() == AttendanceStatus.PRESENT && mark.absenceReason() != null) {
            throw Problems.invalidField("absence-reason-not-allowed", prefix + "absenceReason");
        }
    }

    private static Attendance find(UUID sessionId, UUID enrolmentId) {
        return Attendance.<Attendance>find("sessionId = ?1 AND enrolmentId = ?2", sessionId, enrolmentId).firstResult();
    }

    private static List<AttendanceAmendment> amendments(UUID attendanceId) {
        return AttendanceAmendment.list("attendanceId = ?1 ORDER BY id", attendanceId);
    }

    /** The corrections of many attendance records in one query, oldest first, by record. */
    private static Map<UUID, List<AttendanceAmendment>> amendments(Collection<UUID> attendanceIds) {
        if (attendanceIds.isEmpty()) {
            return Map.of();
        }
        return AttendanceAmendment.<AttendanceAmendment>list("attendanceId IN ?1 ORDER BY id", attendanceIds).stream()
                .collect(Collectors.groupingBy(a -> a.attendanceId));
    }
}
