package id.sinergi.program.service;

import id.sinergi.platform.error.Problems;
import id.sinergi.platform.outbox.Outbox;
import id.sinergi.program.domain.Actor;
import id.sinergi.program.domain.Condition;
import id.sinergi.program.domain.Enrolment;
import id.sinergi.program.domain.EnrolmentHistoryEntry;
import id.sinergi.program.domain.EnrolmentMachine;
import id.sinergi.program.domain.EnrolmentState;
import id.sinergi.program.domain.KnownInmate;
import id.sinergi.program.domain.Programme;
import id.sinergi.program.domain.StateMachine;
import id.sinergi.program.domain.Transition;
import id.sinergi.program.event.ProgramEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Applies {@link EnrolmentMachine} to enrolments, and keeps the programme's places: every change
 * runs under the programme's row lock (taken first, then the enrolment's), so counting the places
 * taken and taking one is a single step even when many enrolments arrive at once. Each transition
 * is written to the enrolment's history and published in the same transaction; a place it frees
 * goes to the first on the waiting list.
 */
@ApplicationScoped
public class EnrolmentTransitions {

    private static final Logger LOG = Logger.getLogger(EnrolmentTransitions.class);
    private static final List<EnrolmentState> HOLDING_PLACES = List.of(EnrolmentState.ACTIVE, EnrolmentState.SUSPENDED);

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public Programme lockProgramme(UUID programmeId) {
        Programme programme = entityManager.find(Programme.class, programmeId, LockModeType.PESSIMISTIC_WRITE);
        if (programme == null) {
            throw Problems.notFound("Programme", programmeId);
        }
        return programme;
    }

    /** Locks an enrolment and its programme, in the order every writer uses. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Locked lock(UUID enrolmentId) {
        List<UUID> programme = entityManager.createQuery("SELECT e.programmeId FROM Enrolment e WHERE e.id = :id", UUID.class)
                .setParameter("id", enrolmentId).getResultList();
        if (programme.isEmpty()) {
            throw Problems.notFound("Enrolment", enrolmentId);
        }
        Programme locked = lockProgramme(programme.get(0));
        return new Locked(entityManager.find(Enrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE), locked);
    }

    public record Locked(Enrolment enrolment, Programme programme) {
    }

    public long placesTaken(UUID programmeId) {
        return entityManager.createQuery("SELECT count(e) FROM Enrolment e WHERE e.programmeId = :p AND e.state IN :states", Long.class)
                .setParameter("p", programmeId).setParameter("states", HOLDING_PLACES).getSingleResult();
    }

    /** Checks an action against the table for this actor (403, 409, 422) without changing anything. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Transition<EnrolmentState> check(Locked locked, String action, Actor actor, String reason) {
        return EnrolmentMachine.MACHINE.transition(locked.enrolment().state, action, actor, reason,
                condition -> holds(condition, locked.programme()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(Locked locked, String action, Actor actor, String reason) {
        move(locked, check(locked, action, actor, reason), actor, reason);
    }

    /** Makes a transition {@link #check} returned, records and publishes it, and gives a freed place on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Locked locked, Transition<EnrolmentState> transition, Actor actor, String reason) {
        Enrolment enrolment = locked.enrolment();
        EnrolmentState from = enrolment.state;
        enrolment.state = transition.to();
        enrolment.reason = StateMachine.reason(reason);
        enrolment.changedAt = OffsetDateTime.now();
        enrolment.changedBy = actor.name();
        if (transition.to() == EnrolmentState.ACTIVE && enrolment.activatedAt == null) {
            enrolment.activatedAt = enrolment.changedAt;
        }
        recordTransition(enrolment, locked.programme(), transition.action(), from, actor);
        LOG.infof("enrolment %s in programme %s: %s → %s (%s by %s)", enrolment.id, locked.programme().id, from,
                enrolment.state, transition.action(), actor.system() ? "system" : "staff");
        if (from.holdsPlace() && !enrolment.state.holdsPlace()) {
            fillPlaces(locked.programme());
        }
    }

    /** The history row and the event of a transition (or of the creation, {@code from} null). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordTransition(Enrolment enrolment, Programme programme, String action, EnrolmentState from, Actor actor) {
        EnrolmentHistoryEntry entry = new EnrolmentHistoryEntry();
        entry.enrolmentId = enrolment.id;
        entry.action = action;
        entry.fromState = from;
        entry.toState = enrolment.state;
        entry.reason = enrolment.reason;
        entry.actor = actor.name();
        entry.at = enrolment.changedAt;
        entry.persist();
        ProgramEvents.Snapshot snapshot = snapshot(enrolment, programme);
        if (enrolment.state == EnrolmentState.COMPLETED) {
            outbox.record(ProgramEvents.COMPLETED, enrolment.id.toString(), new ProgramEvents.Completed(snapshot,
                    new ProgramEvents.CompletionRef(enrolment.certificateNumber, enrolment.completedOn, enrolment.finalScore)));
        } else {
            outbox.record(ProgramEvents.ENROLMENT_CHANGED, enrolment.id.toString(),
                    new ProgramEvents.EnrolmentChanged(snapshot, from, actor.name()));
        }
    }

    public ProgramEvents.Snapshot snapshot(Enrolment enrolment, Programme programme) {
        KnownInmate inmate = entityManager.find(KnownInmate.class, enrolment.inmateId);
        return ProgramEvents.Snapshot.of(enrolment, programme, inmate == null ? null : inmate.registerNumber);
    }

    /**
     * Gives free places to the waiting list, earliest request first. Called with the programme
     * locked, whenever places may have been freed or added.
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
            Locked locked = new Locked(enrolment, programme);
            move(locked, check(locked, EnrolmentMachine.PROMOTE, Actor.SYSTEM, null), Actor.SYSTEM, null);
        }
    }

    private boolean holds(Condition condition, Programme programme) {
        return switch (condition) {
            case ALWAYS -> true;
            case PLACE_AVAILABLE -> placesTaken(programme.id) < programme.capacity;
            case PROGRAMME_FULL -> placesTaken(programme.id) >= programme.capacity;
        };
    }
}
