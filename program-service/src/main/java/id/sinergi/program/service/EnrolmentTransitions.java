package id.sinergi.program.service;

import id.sinergi.platform.error.Problems;
import id.sinergi.platform.outbox.Outbox;
import id.sinergi.platform.statemachine.ActionGuard;
import id.sinergi.platform.statemachine.Stateful;
import id.sinergi.platform.statemachine.Transition;
import id.sinergi.platform.time.FacilityClock;
import id.sinergi.program.domain.Enrolment;
import id.sinergi.program.domain.EnrolmentHistoryEntry;
import id.sinergi.program.domain.EnrolmentMachine;
import id.sinergi.program.domain.EnrolmentState;
import id.sinergi.program.domain.KnownInmate;
import id.sinergi.program.domain.Programme;
import id.sinergi.program.domain.ProgrammePlaces;
import id.sinergi.program.event.ProgramEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Moves enrolments along {@link EnrolmentMachine}, and keeps the programme's places: every change
 * runs under the programme's row lock (taken first, then the enrolment's), so counting the places
 * taken and taking one is a single step even when many enrolments arrive at once. Each transition
 * is written to the enrolment's history and published in the same transaction; a place it frees
 * goes to the first on the waiting list.
 */
@ApplicationScoped
public class EnrolmentTransitions {

    /** Who {@code changedBy}, the history and the events name when the service itself moves an enrolment. */
    public static final String SYSTEM = "system";

    private static final Logger LOG = Logger.getLogger(EnrolmentTransitions.class);
    private static final List<EnrolmentState> HOLDING_PLACES = List.of(EnrolmentState.ACTIVE, EnrolmentState.SUSPENDED);

    @Inject
    FacilityClock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public Programme lockProgramme(UUID programmeId) {
        Programme programme = entityManager.find(Programme.class, programmeId, LockModeType.PESSIMISTIC_WRITE);
        if (programme == null) {
            throw Problems.notFound("programme", programmeId);
        }
        return programme;
    }

    /** Locks an enrolment and its programme, in the order every writer uses; 404 when there is no such enrolment. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Locked lock(UUID enrolmentId) {
        List<UUID> programme = entityManager.createQuery("SELECT e.programmeId FROM Enrolment e WHERE e.id = :id", UUID.class)
                .setParameter("id", enrolmentId).getResultList();
        if (programme.isEmpty()) {
            throw Problems.notFound("enrolment", enrolmentId);
        }
        Programme locked = lockProgramme(programme.get(0));
        return new Locked(entityManager.find(Enrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE), locked);
    }

    /** An enrolment with its programme, both locked: what an action is checked against and applied to. */
    public record Locked(Enrolment enrolment, Programme programme) implements Stateful<EnrolmentState> {

        @Override
        public EnrolmentState currentState() {
            return enrolment.state;
        }

        @Override
        public long version() {
            return enrolment.version;
        }
    }

    public long placesTaken(UUID programmeId) {
        return entityManager.createQuery("SELECT count(e) FROM Enrolment e WHERE e.programmeId = :p AND e.state IN :states", Long.class)
                .setParameter("p", programmeId).setParameter("states", HOLDING_PLACES).getSingleResult();
    }

    /** Places taken per programme, for a page of them in one query (a programme without any is absent). */
    public Map<UUID, Long> placesTaken(Collection<UUID> programmeIds) {
        if (programmeIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("""
                        SELECT e.programmeId, count(e) FROM Enrolment e
                        WHERE e.programmeId IN :p AND e.state IN :states GROUP BY e.programmeId""", Object[].class)
                .setParameter("p", programmeIds).setParameter("states", HOLDING_PLACES).getResultList().stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
    }

    /** What the enrolment table's conditions test: the programme's places, counted when a condition asks. */
    public ProgrammePlaces places(Programme programme) {
        return ProgrammePlaces.counted(programme.capacity, () -> placesTaken(programme.id));
    }

    public ProgrammePlaces places(Locked locked) {
        return places(locked.programme());
    }

    /** Takes one of the service's own actions (promote, end): the table must allow it from the state. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applySystem(Locked locked, String action, String reason) {
        Transition<EnrolmentState, ProgrammePlaces> transition = EnrolmentMachine.MACHINE.systemTransition(action,
                locked.enrolment().state, places(locked));
        move(locked, transition, SYSTEM, reason);
    }

    /**
     * Makes a transition the guard or the table gave, records and publishes it, and gives a freed place on.
     *
     * @param actor the token's subject, or {@link #SYSTEM}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Locked locked, Transition<EnrolmentState, ?> transition, String actor, String reason) {
        Enrolment enrolment = locked.enrolment();
        EnrolmentState from = enrolment.state;
        enrolment.state = transition.target(from);
        enrolment.reason = ActionGuard.reason(reason);
        enrolment.changedAt = clock.timestamp();
        enrolment.changedBy = actor;
        if (enrolment.state == EnrolmentState.ACTIVE && enrolment.activatedAt == null) {
            enrolment.activatedAt = enrolment.changedAt;
        }
        recordTransition(enrolment, locked.programme(), transition.action(), from, actor);
        LOG.infof("enrolment %s in programme %s: %s → %s (%s by %s)", enrolment.id, locked.programme().id, from,
                enrolment.state, transition.action(), transition.bySystem() ? "system" : "staff");
        if (from.holdsPlace() && !enrolment.state.holdsPlace()) {
            fillPlaces(locked.programme());
        }
    }

    /** The history row and the event of a transition (or of the creation, {@code from} null). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordTransition(Enrolment enrolment, Programme programme, String action, EnrolmentState from, String actor) {
        EnrolmentHistoryEntry entry = new EnrolmentHistoryEntry();
        entry.enrolmentId = enrolment.id;
        entry.action = action;
        entry.fromState = from;
        entry.toState = enrolment.state;
        entry.reason = enrolment.reason;
        entry.actor = actor;
        entry.at = enrolment.changedAt;
        entry.persist();
        ProgramEvents.Snapshot snapshot = snapshot(enrolment, programme);
        if (enrolment.state == EnrolmentState.COMPLETED) {
            outbox.record(ProgramEvents.COMPLETED, enrolment.id.toString(), new ProgramEvents.Completed(snapshot,
                    ProgramEvents.CompletionRef.of(enrolment)));
        } else {
            outbox.record(ProgramEvents.ENROLMENT_CHANGED, enrolment.id.toString(),
                    new ProgramEvents.EnrolmentChanged(snapshot, from, actor));
        }
    }

    public ProgramEvents.Snapshot snapshot(Enrolment enrolment, Programme programme) {
        KnownInmate inmate = entityManager.find(KnownInmate.class, enrolment.inmateId);
        return ProgramEvents.Snapshot.of(enrolment, programme, inmate == null ? null : inmate.registerNumber);
    }

    /**
     * Gives free places to the waiting list, earliest request first, each by the table's
     * {@code promote}. Called with the programme locked, whenever places may have been freed or added.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fillPlaces(Programme programme) {
        if (!programme.status.acceptsEnrolments()) {
            return;
        }
        long free = programme.capacity - placesTaken(programme.id);
        if (free <= 0) {
            return;
        }
        List<Enrolment> next = entityManager.createQuery("""
                        SELECT e FROM Enrolment e WHERE e.programmeId = :p AND e.state = :waitlisted
                        ORDER BY e.requestedAt, e.id""", Enrolment.class)
                .setParameter("p", programme.id).setParameter("waitlisted", EnrolmentState.WAITLISTED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults((int) Math.min(free, Integer.MAX_VALUE))
                .getResultList();
        for (Enrolment enrolment : next) {
            applySystem(new Locked(enrolment, programme), EnrolmentMachine.PROMOTE, null);
        }
    }
}
