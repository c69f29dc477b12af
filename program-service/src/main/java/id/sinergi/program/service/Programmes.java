package id.sinergi.program.service;

import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.paging.Filter;
import id.sinergi.platform.paging.Page;
import id.sinergi.program.domain.Actor;
import id.sinergi.program.domain.Enrolment;
import id.sinergi.program.domain.EnrolmentMachine;
import id.sinergi.program.domain.EnrolmentState;
import id.sinergi.program.domain.Programme;
import id.sinergi.program.domain.ProgrammeCategory;
import id.sinergi.program.domain.ProgrammeMachine;
import id.sinergi.program.domain.ProgrammeStatus;
import id.sinergi.program.domain.StateMachine;
import id.sinergi.program.domain.SystemReason;
import id.sinergi.program.domain.Transition;
import id.sinergi.program.service.EnrolmentTransitions.Locked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The programme catalogue: programmes, their lifecycle and their places. */
@ApplicationScoped
public class Programmes {

    private static final Logger LOG = Logger.getLogger(Programmes.class);

    @Inject
    EnrolmentTransitions transitions;

    @Inject
    Actors actors;

    @Inject
    Statistics statistics;

    @Inject
    EntityManager entityManager;

    /**
     * What a programme's description and eligibility say; the code and category are fixed at creation.
     * Empty eligibility lists accept every register class or risk level.
     */
    public record Definition(String name, String description, String partner, int capacity, LocalDate startsOn,
                             LocalDate endsOn, List<String> eligibleClasses, List<String> eligibleRiskLevels) {
    }

    /** A programme with how its places are used. */
    public record Details(Programme programme, long placesTaken, long waitlisted) {
    }

    @Transactional
    public Details create(String code, ProgrammeCategory category, Definition definition) {
        Actor actor = actors.current();
        Transition<ProgrammeStatus> creation = ProgrammeMachine.MACHINE.transition(null, ProgrammeMachine.CREATE, actor,
                null, condition -> true);
        if (Programme.count("code", code) > 0) {
            throw Problems.problem(409, "duplicate-code", "Conflict", "a programme with code " + code + " already exists")
                    .with("field", "code").build();
        }
        Programme programme = new Programme();
        programme.id = UUID.randomUUID();
        programme.code = code;
        programme.category = category;
        programme.status = creation.to();
        programme.createdAt = OffsetDateTime.now();
        apply(programme, definition);
        programme.persistAndFlush();
        LOG.infof("programme %s (%s) created", programme.id, programme.code);
        return new Details(programme, 0, 0);
    }

    @Transactional
    public Details update(UUID id, String ifMatch, Definition definition) {
        Programme programme = transitions.lockProgramme(id);
        ETags.requireMatch(ifMatch, programme.version);
        requireNotClosed(programme, "update");
        long taken = transitions.placesTaken(id);
        if (definition.capacity() < taken) {
            throw Problems.invalidField("capacity-below-places-taken", "capacity", "capacity " + definition.capacity()
                    + " is less than the " + taken + " places already taken; withdraw or complete enrolments first");
        }
        apply(programme, definition);
        transitions.fillPlaces(programme);
        entityManager.flush();
        return details(programme);
    }

    /** open, start, finish, cancel, as {@link ProgrammeMachine} allows. */
    @Transactional
    public Details act(UUID id, String action, String reason, String ifMatch) {
        Actor actor = actors.current();
        Programme programme = transitions.lockProgramme(id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, programme.version);
        }
        Transition<ProgrammeStatus> transition = ProgrammeMachine.MACHINE.transition(programme.status, action, actor,
                reason, condition -> true);
        if (ProgrammeMachine.FINISH.equals(action)) {
            long inProgress = transitions.placesTaken(id);
            if (inProgress > 0) {
                throw Problems.problem(409, "enrolments-in-progress", "Conflict", inProgress + " enrolments of "
                        + programme.code + " are still active or suspended: complete or withdraw them first")
                        .with("inProgress", inProgress).build();
            }
        }
        programme.status = transition.to();
        programme.statusReason = StateMachine.reason(reason);
        programme.updatedAt = OffsetDateTime.now();
        if (programme.status == ProgrammeStatus.CANCELLED || programme.status == ProgrammeStatus.COMPLETED) {
            endOpenEnrolments(programme, programme.status == ProgrammeStatus.CANCELLED
                    ? SystemReason.PROGRAMME_CANCELLED : SystemReason.PROGRAMME_FINISHED);
        }
        LOG.infof("programme %s: %s (%s)", programme.id, programme.status, action);
        entityManager.flush();
        return details(programme);
    }

    /** A COMPLETED or CANCELLED programme changes no more. */
    static void requireNotClosed(Programme programme, String action) {
        if (programme.status == ProgrammeStatus.COMPLETED || programme.status == ProgrammeStatus.CANCELLED) {
            throw Problems.transitionNotAllowed(action, programme.status.name(),
                    ProgrammeMachine.MACHINE.allowedActions(programme.status));
        }
    }

    private void endOpenEnrolments(Programme programme, SystemReason reason) {
        List<Enrolment> open = entityManager.createQuery("""
                        SELECT e FROM Enrolment e WHERE e.programmeId = :p AND e.state IN :open ORDER BY e.id""", Enrolment.class)
                .setParameter("p", programme.id).setParameter("open", Enrolments.openStates())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (Enrolment enrolment : open) {
            transitions.apply(new Locked(enrolment, programme), EnrolmentMachine.END, Actor.SYSTEM, reason.name());
        }
    }

    public Details get(UUID id) {
        Programme programme = Programme.findById(id);
        if (programme == null) {
            throw Problems.notFound("Programme", id);
        }
        return details(programme);
    }

    public Page<Details> list(ProgrammeStatus status, ProgrammeCategory category, int page, int size) {
        Filter filter = new Filter().equal("status", status).equal("category", category);
        var query = Programme.<Programme>find(filter.query() + " ORDER BY startsOn, code", filter.parameters());
        return Page.of(query, page, size).map(this::details);
    }

    private Details details(Programme programme) {
        Map<EnrolmentState, Long> counts = statistics.byState(programme.id);
        return new Details(programme, counts.get(EnrolmentState.ACTIVE) + counts.get(EnrolmentState.SUSPENDED),
                counts.get(EnrolmentState.WAITLISTED));
    }

    private static void apply(Programme programme, Definition definition) {
        if (definition.endsOn().isBefore(definition.startsOn())) {
            throw Problems.invalidField("ends-before-start", "endsOn", "the programme cannot end (" + definition.endsOn()
                    + ") before it starts (" + definition.startsOn() + ")");
        }
        programme.name = definition.name();
        programme.description = definition.description();
        programme.partner = definition.partner();
        programme.capacity = definition.capacity();
        programme.startsOn = definition.startsOn();
        programme.endsOn = definition.endsOn();
        programme.eligibleClasses = new ArrayList<>(definition.eligibleClasses());
        programme.eligibleRiskLevels = new ArrayList<>(definition.eligibleRiskLevels());
        programme.updatedAt = OffsetDateTime.now();
    }
}
