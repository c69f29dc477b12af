package id.sinergi.program.service;

import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.outbox.Outbox;
import id.sinergi.platform.paging.Filter;
import id.sinergi.platform.paging.ListOrder;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.statemachine.ActionGuard;
import id.sinergi.platform.statemachine.TransitionNotAllowedException;
import id.sinergi.platform.time.FacilityClock;
import id.sinergi.program.command.AssessmentRequest;
import id.sinergi.program.command.CompletionRequest;
import id.sinergi.program.command.EnrolmentRequest;
import id.sinergi.program.domain.Assessment;
import id.sinergi.program.domain.Enrolment;
import id.sinergi.program.domain.EnrolmentHistoryEntry;
import id.sinergi.program.domain.EnrolmentMachine;
import id.sinergi.program.domain.EnrolmentState;
import id.sinergi.program.domain.KnownInmate;
import id.sinergi.program.domain.Programme;
import id.sinergi.program.domain.ProgrammePlaces;
import id.sinergi.program.event.ProgramEvents;
import id.sinergi.program.service.EnrolmentTransitions.Locked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Enrolment of WBP in programmes: requests, staff actions, assessment and completion, and reads. */
@ApplicationScoped
public class Enrolments {

    @Inject
    FacilityClock clock;

    @Inject
    EnrolmentTransitions transitions;

    @Inject
    Eligibility eligibility;

    @Inject
    ActionGuard guard;

    @Inject
    Caller caller;

    @Inject
    EntityManager entityManager;

    @Inject
    Scope scope;

    @Inject
    Outbox outbox;

    /**
     * An enrolment with what its view shows beside it; {@code places} are its programme's, what the
     * table's conditions test for the actions it allows.
     */
    public record Details(Enrolment enrolment, Programme programme, ProgrammePlaces places, String registerNumber,
                          Integer waitlistPosition, Long pendingReviews) {

        public List<String> allowedActions() {
            return EnrolmentMachine.MACHINE.allowedActions(enrolment.state, places);
        }
    }

    @Transactional
    public Details request(EnrolmentRequest request) {
        UUID programmeId = request.programId();
        UUID inmateId = request.inmateId();
        String reason = request.reason();
        // The request row's condition is ALWAYS: it tests no places, so none are given.
        var creation = guard.checkCreation(EnrolmentMachine.MACHINE, EnrolmentMachine.REQUEST, null, reason);
        String actor = caller.subject();
        Programme programme = entityManager.find(Programme.class, programmeId, LockModeType.PESSIMISTIC_WRITE);
        // Another facility's programme is, to the caller, one that does not exist.
        if (programme == null || !scope.sees(programme)) {
            throw Problems.invalidField("unknown-programme", "programId", programmeId);
        }
        requireAcceptingEnrolments(programme);
        eligibility.require(programme, inmateId);
        List<UUID> open = entityManager.createQuery("""
                        SELECT e.id FROM Enrolment e WHERE e.programmeId = :p AND e.inmateId = :i AND e.state IN :open""", UUID.class)
                .setParameter("p", programmeId).setParameter("i", inmateId).setParameter("open", openStates())
                .getResultList();
        if (!open.isEmpty()) {
            throw Problems.problem(409, "already-enrolled", inmateId, open.get(0), programme.code)
                    .with("enrolmentId", open.get(0)).build();
        }
        Enrolment enrolment = new Enrolment();
        enrolment.id = UUID.randomUUID();
        enrolment.programmeId = programmeId;
        enrolment.inmateId = inmateId;
        enrolment.state = creation.to();
        enrolment.reason = ActionGuard.reason(reason);
        enrolment.requestedAt = clock.timestamp();
        enrolment.requestedBy = actor;
        enrolment.changedAt = enrolment.requestedAt;
        enrolment.changedBy = actor;
        enrolment.persist();
        transitions.recordTransition(enrolment, programme, EnrolmentMachine.REQUEST, null, actor);
        enrolment.flush();
        return details(List.of(enrolment), Map.of(programme.id, programme)).get(0);
    }

    /**
     * approve, suspend, resume, withdraw: checked in the platform's order (role, enrolment, If-Match,
     * state, reason), then approval checks the programme and the WBP's eligibility again.
     */
    @Transactional
    public Details act(UUID id, String action, String reason, String ifMatch) {
        var checked = guard.check(EnrolmentMachine.MACHINE, action, () -> lockVisible(id), transitions::places,
                ifMatch, reason);
        Locked locked = checked.record();
        if (EnrolmentMachine.APPROVE.equals(action)) {
            requireAcceptingEnrolments(locked.programme());
            eligibility.require(locked.programme(), locked.enrolment().inmateId);
        }
        transitions.move(locked, checked.transition(), caller.subject(), reason);
        return flushed(locked);
    }

    @Transactional
    public Details complete(UUID id, CompletionRequest completion, String ifMatch) {
        var checked = guard.check(EnrolmentMachine.MACHINE, EnrolmentMachine.COMPLETE, () -> lockVisible(id),
                transitions::places, ifMatch, null);
        String actor = caller.subject();
        Locked locked = checked.record();
        Enrolment enrolment = locked.enrolment();
        LocalDate completedOn = completion.completedOn() != null ? completion.completedOn() : clock.today();
        if (completedOn.isBefore(clock.dateOf(enrolment.activatedAt.toInstant()))) {
            throw Problems.invalidField("completed-before-start", "completedOn", completedOn,
                    clock.dateOf(enrolment.activatedAt.toInstant()));
        }
        if (completion.score() != null || completion.notes() != null) {
            assessment(enrolment, Assessment.Kind.FINAL, completion.score(), completion.notes(), completedOn, actor);
        }
        enrolment.finalScore = completion.score();
        enrolment.completedOn = completedOn;
        enrolment.certificateNumber = locked.programme().nextCertificateNumber();
        enrolment.issuedUnit = caller.unit();
        enrolment.issuedBy = actor;
        enrolment.issuedAt = clock.timestamp();
        transitions.move(locked, checked.transition(), actor, null);
        return flushed(locked);
    }

    /**
     * The co-organising Polres unit's co-signature of a completion, once: the certificate then bears
     * both agencies. Checked in the platform's order: the enrolment in the caller's scope (404), If-Match,
     * a COMPLETED enrolment of a co-organised programme (422), not yet co-signed (409).
     */
    @Transactional
    public Details coSign(UUID id, String ifMatch) {
        if (!scope.isPolres()) {
            throw Problems.forbidden("co-sign-by-co-organiser");
        }
        Locked locked = lockVisible(id);
        Enrolment enrolment = locked.enrolment();
        Programme programme = locked.programme();
        ETags.requireMatch(ifMatch, enrolment.version);
        if (programme.coOrganiserUnit == null) {
            throw Problems.unprocessable("not-co-organised", programme.code);
        }
        if (enrolment.state != EnrolmentState.COMPLETED) {
            throw Problems.problem(422, "enrolment-not-completed", id, enrolment.state).with("state", enrolment.state).build();
        }
        if (enrolment.isCoSigned()) {
            throw Problems.problem(409, "already-co-signed", enrolment.coSignedUnit, enrolment.coSignedBy, enrolment.coSignedAt)
                    .with("coSignedAt", enrolment.coSignedAt.toString()).build();
        }
        enrolment.coSignedUnit = scope.unit();
        enrolment.coSignedBy = caller.subject();
        enrolment.coSignedAt = clock.timestamp();
        outbox.record(ProgramEvents.COMPLETION_CO_SIGNED, enrolment.id.toString(), new ProgramEvents.CompletionCoSigned(
                transitions.snapshot(enrolment, programme), ProgramEvents.CompletionRef.of(enrolment),
                ProgramEvents.CoSignature.of(enrolment)));
        return flushed(locked);
    }

    /** A progress assessment: a record of its own (no If-Match), while the enrolment holds a place. */
    @Transactional
    public Assessment assess(UUID id, AssessmentRequest request) {
        Locked locked = lockVisible(id);
        Enrolment enrolment = locked.enrolment();
        if (!enrolment.state.holdsPlace()) {
            throw new TransitionNotAllowedException("assess", enrolment.state,
                    EnrolmentMachine.MACHINE.allowedActions(enrolment.state, transitions.places(locked)));
        }
        return assessment(enrolment, Assessment.Kind.PROGRESS, request.score(), request.notes(),
                request.assessedOn() != null ? request.assessedOn() : clock.today(), caller.subject());
    }

    private Assessment assessment(Enrolment enrolment, Assessment.Kind kind, Integer score, String notes,
                                         LocalDate assessedOn, String actor) {
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID();
        assessment.enrolmentId = enrolment.id;
        assessment.kind = kind;
        assessment.score = score;
        assessment.notes = notes;
        assessment.assessedOn = assessedOn;
        assessment.assessor = actor;
        assessment.recordedAt = clock.timestamp();
        assessment.persist();
        return assessment;
    }

    /**
     * The WBP left the facility: every open enrolment ends with the system's reason, and the
     * places they held go to the waiting lists. Programmes are locked in id order, so this never
     * deadlocks with another writer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int endAllOf(UUID inmateId, String systemReason) {
        return end(entityManager.createQuery("""
                        SELECT e.id FROM Enrolment e WHERE e.inmateId = :i AND e.state IN :open
                        ORDER BY e.programmeId, e.id""", UUID.class)
                .setParameter("i", inmateId).setParameter("open", openStates()).getResultList(), systemReason);
    }

    /** The WBP is of {@code facility} now: their open enrolments in other facilities' programmes end. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int endAllOutside(UUID inmateId, String facility, String systemReason) {
        return end(entityManager.createQuery("""
                        SELECT e.id FROM Enrolment e WHERE e.inmateId = :i AND e.state IN :open
                        AND e.programmeId IN (SELECT p.id FROM Programme p WHERE p.facility <> :f)
                        ORDER BY e.programmeId, e.id""", UUID.class)
                .setParameter("i", inmateId).setParameter("open", openStates()).setParameter("f", facility)
                .getResultList(), systemReason);
    }

    private int end(List<UUID> ids, String systemReason) {
        for (UUID id : ids) {
            transitions.applySystem(transitions.lock(id), EnrolmentMachine.END, systemReason);
        }
        return ids.size();
    }

    public Details get(UUID id) {
        return details(List.of(visible(id))).get(0);
    }

    /** Enrolments: in the order they were requested unless the request names another. */
    public static final ListOrder<Enrolment> ORDER = ListOrder.<Enrolment>byId("id", UUID.class, enrolment -> enrolment.id)
            .key("requestedAt", "requestedAt", OffsetDateTime.class, enrolment -> enrolment.requestedAt)
            .key("changedAt", "changedAt", OffsetDateTime.class, enrolment -> enrolment.changedAt)
            .updatedAt("updatedAt", OffsetDateTime.class, enrolment -> enrolment.updatedAt)
            .changes("changePosition", enrolment -> enrolment.changePosition)
            .sortedBy("requestedAt");

    public Page<Details> list(UUID programmeId, UUID inmateId, EnrolmentState state, PageRequest page) {
        Filter filter = scope.ofProgrammes(new Filter().equal("programmeId", programmeId).equal("inmateId", inmateId)
                .equal("state", state));
        Page<Enrolment> found = ORDER.read(page).read(filter, Enrolment.class);
        return found.withItems(details(found.items()));
    }

    public List<EnrolmentHistoryEntry> history(UUID id) {
        visible(id);
        return EnrolmentHistoryEntry.list("enrolmentId = ?1 ORDER BY id", id);
    }

    public List<Assessment> assessments(UUID id) {
        visible(id);
        return Assessment.list("enrolmentId = ?1 ORDER BY assessedOn, recordedAt", id);
    }

    /** The enrolment, when it exists and its programme is the caller's; 404 otherwise. */
    public Enrolment visible(UUID id) {
        Enrolment enrolment = entityManager.find(Enrolment.class, id);
        if (enrolment == null) {
            throw Problems.notFound("enrolment", id);
        }
        scope.require(entityManager.find(Programme.class, enrolment.programmeId), "enrolment", id);
        return enrolment;
    }

    private Locked lockVisible(UUID id) {
        Locked locked = transitions.lock(id);
        scope.require(locked.programme(), "enrolment", id);
        return locked;
    }

    /**
     * Every enrolment of one WBP, oldest first: their participation across programmes, in every
     * facility they were in (the history follows the WBP; it is read by the staff of their facility).
     */
    public List<Details> ofInmate(UUID inmateId) {
        scope.requireInmate(entityManager.find(KnownInmate.class, inmateId), inmateId);
        return details(entityManager.createQuery("SELECT e FROM Enrolment e WHERE e.inmateId = :i ORDER BY e.requestedAt, e.id",
                Enrolment.class).setParameter("i", inmateId).getResultList());
    }

    private Details flushed(Locked locked) {
        entityManager.flush();
        return details(List.of(locked.enrolment()), Map.of(locked.programme().id, locked.programme())).get(0);
    }

    private List<Details> details(List<Enrolment> enrolments) {
        Set<UUID> programmeIds = enrolments.stream().map(e -> e.programmeId).collect(Collectors.toSet());
        Map<UUID, Programme> programmes = programmeIds.isEmpty() ? Map.of() : entityManager
                .createQuery("SELECT p FROM Programme p WHERE p.id IN :ids", Programme.class)
                .setParameter("ids", programmeIds).getResultList().stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        return details(enrolments, programmes);
    }

    /** Details of a page of enrolments with a fixed number of queries, whatever the page's size. */
    private List<Details> details(List<Enrolment> enrolments, Map<UUID, Programme> programmes) {
        if (enrolments.isEmpty()) {
            return List.of();
        }
        Map<UUID, Long> taken = transitions.placesTaken(programmes.keySet());
        Set<UUID> inmateIds = enrolments.stream().map(e -> e.inmateId).collect(Collectors.toSet());
        Map<UUID, String> registerNumbers = entityManager
                .createQuery("SELECT k FROM KnownInmate k WHERE k.inmateId IN :ids", KnownInmate.class)
                .setParameter("ids", inmateIds).getResultList().stream()
                .collect(Collectors.toMap(k -> k.inmateId, k -> k.registerNumber));
        Collection<UUID> ids = enrolments.stream().map(e -> e.id).toList();
        Map<UUID, Long> reviews = entityManager.createQuery("""
                        SELECT r.enrolmentId, count(r) FROM EnrolmentReview r
                        WHERE r.enrolmentId IN :ids AND r.acknowledgedAt IS NULL GROUP BY r.enrolmentId""", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
        Map<UUID, Integer> positions = waitlistPositions(enrolments);
        boolean reviewsShown = scope.readsReviews();
        List<Details> details = new ArrayList<>(enrolments.size());
        for (Enrolment enrolment : enrolments) {
            Programme programme = programmes.get(enrolment.programmeId);
            details.add(new Details(enrolment, programme,
                    ProgrammePlaces.of(programme.capacity, taken.getOrDefault(programme.id, 0L)),
                    registerNumbers.get(enrolment.inmateId), positions.get(enrolment.id),
                    reviewsShown ? reviews.getOrDefault(enrolment.id, 0L) : null));
        }
        return details;
    }

    /** Each waitlisted enrolment's place in its programme's queue (1: next to get a place), in one query. */
    private Map<UUID, Integer> waitlistPositions(List<Enrolment> enrolments) {
        List<UUID> waitlisted = enrolments.stream().filter(e -> e.state == EnrolmentState.WAITLISTED).map(e -> e.id).toList();
        if (waitlisted.isEmpty()) {
            return Map.of();
        }
        Set<UUID> programmes = enrolments.stream().filter(e -> e.state == EnrolmentState.WAITLISTED)
                .map(e -> e.programmeId).collect(Collectors.toSet());
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT id, position FROM (
                            SELECT id, row_number() OVER (PARTITION BY programme_id ORDER BY requested_at, id) AS position
                            FROM enrolment WHERE state = 'WAITLISTED' AND programme_id IN (:programmes)) queue
                        WHERE id IN (:ids)""", Object[].class)
                .setParameter("programmes", programmes).setParameter("ids", waitlisted).getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> ((Number) row[1]).intValue()));
    }

    static List<EnrolmentState> openStates() {
        return List.of(EnrolmentState.REQUESTED, EnrolmentState.WAITLISTED, EnrolmentState.ACTIVE, EnrolmentState.SUSPENDED);
    }

    private static void requireAcceptingEnrolments(Programme programme) {
        if (!programme.status.acceptsEnrolments()) {
            throw Problems.conflict("programme-not-accepting-enrolments", programme.code, programme.status);
        }
    }
}
