package id.sinergi.program.service;

import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.paging.Filter;
import id.sinergi.platform.paging.ListOrder;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.statemachine.ActionGuard;
import id.sinergi.platform.statemachine.Transition;
import id.sinergi.platform.statemachine.TransitionNotAllowedException;
import id.sinergi.platform.time.FacilityClock;
import id.sinergi.program.command.ProgrammeDefinition;
import id.sinergi.program.command.ProgrammeRequest;
import id.sinergi.program.command.ProgrammeUpdate;
import id.sinergi.program.domain.Enrolment;
import id.sinergi.program.domain.EnrolmentMachine;
import id.sinergi.program.domain.EnrolmentState;
import id.sinergi.program.domain.Programme;
import id.sinergi.program.domain.ProgrammeCategory;
import id.sinergi.program.domain.ProgrammeMachine;
import id.sinergi.program.domain.ProgrammeSession;
import id.sinergi.program.domain.ProgrammeStatus;
import id.sinergi.program.domain.SystemReason;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The programme catalogue: programmes, their lifecycle and their places. */
@ApplicationScoped
public class Programmes {

    private static final Logger LOG = Logger.getLogger(Programmes.class);

    @Inject
    FacilityClock clock;

    @Inject
    EnrolmentTransitions transitions;

    @Inject
    ActionGuard guard;

    @Inject
    EntityManager entityManager;

    @Inject
    Scope scope;

    /** A programme with how its places are used. */
    public record Details(Programme programme, long placesTaken, long waitlisted) {

        public List<String> allowedActions() {
            return ProgrammeMachine.MACHINE.allowedActions(programme.status, programme);
        }
    }

    @Transactional
    public Details create(ProgrammeRequest request) {
        // The create row's condition is ALWAYS: there is no programme yet to test.
        Transition<ProgrammeStatus, Programme> creation = guard.checkCreation(ProgrammeMachine.MACHINE,
                ProgrammeMachine.CREATE, null, null);
        String facility = scope.creatingFacility();
        String code = request.code();
        if (Programme.count("code", code) > 0) {
            throw Problems.problem(409, "duplicate-code", code)
                    .with("field", "code").build();
        }
        Programme programme = new Programme();
        programme.id = UUID.randomUUID();
        programme.code = code;
        programme.facility = facility;
        programme.category = request.category();
        programme.status = creation.to();
        programme.createdAt = clock.timestamp();
        apply(programme, request);
        programme.persistAndFlush();
        LOG.infof("programme %s (%s) of %s created", programme.id, programme.code, programme.facility);
        return new Details(programme, 0, 0);
    }

    @Transactional
    public Details update(UUID id, String ifMatch, ProgrammeUpdate definition) {
        Programme programme = scope.programme(transitions.lockProgramme(id), id);
        ETags.requireMatch(ifMatch, programme.version);
        requireNotClosed(programme, "update");
        long taken = transitions.placesTaken(id);
        if (definition.capacity() < taken) {
            throw Problems.invalidField("capacity-below-places-taken", "capacity", definition.capacity(), taken);
        }
        if (programme.coOrganiserUnit != null && !programme.coOrganiserUnit.equals(definition.coOrganiserUnit())) {
            long facilitated = ProgrammeSession.count("programmeId = ?1 AND facilitatingUnit = ?2", id, programme.coOrganiserUnit);
            if (facilitated > 0) {
                throw Problems.invalidField("co-organiser-facilitates-sessions", "coOrganiserUnit", programme.coOrganiserUnit,
                        facilitated, programme.code);
            }
        }
        apply(programme, definition);
        transitions.fillPlaces(programme);
        entityManager.flush();
        return details(programme);
    }

    /**
     * open, start, finish, cancel, as {@link ProgrammeMachine} allows, checked in the platform's
     * order (role, programme, If-Match, status, reason); finishing then needs every place given back.
     */
    @Transactional
    public Details act(UUID id, String action, String reason, String ifMatch) {
        var checked = guard.check(ProgrammeMachine.MACHINE, action, () -> scope.programme(transitions.lockProgramme(id), id),
                ifMatch, reason);
        Programme programme = checked.record();
        if (ProgrammeMachine.FINISH.equals(action)) {
            long inProgress = transitions.placesTaken(id);
            if (inProgress > 0) {
                throw Problems.problem(409, "enrolments-in-progress", inProgress, programme.code)
                        .with("inProgress", inProgress).build();
            }
        }
        programme.status = checked.target(programme.status);
        programme.statusReason = ActionGuard.reason(reason);
        programme.updatedAt = clock.timestamp();
        if (programme.status == ProgrammeStatus.CANCELLED || programme.status == ProgrammeStatus.COMPLETED) {
            endOpenEnrolments(programme, programme.status == ProgrammeStatus.CANCELLED
                    ? SystemReason.PROGRAMME_CANCELLED : SystemReason.PROGRAMME_FINISHED);
        }
        LOG.infof("programme %s: %s (%s)", programme.id, programme.status, action);
        entityManager.flush();
        return details(programme);
    }

    /** A COMPLETED or CANCELLED programme changes no more (409, with what its status allows: nothing). */
    static void requireNotClosed(Programme programme, String action) {
        if (programme.status == ProgrammeStatus.COMPLETED || programme.status == ProgrammeStatus.CANCELLED) {
            throw new TransitionNotAllowedException(action, programme.status,
                    ProgrammeMachine.MACHINE.allowedActions(programme.status, programme));
        }
    }

    private void endOpenEnrolments(Programme programme, SystemReason reason) {
        List<Enrolment> open = entityManager.createQuery("""
                        SELECT e FROM Enrolment e WHERE e.programmeId = :p AND e.state IN :open ORDER BY e.id""", Enrolment.class)
                .setParameter("p", programme.id).setParameter("open", Enrolments.openStates())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (Enrolment enrolment : open) {
            transitions.applySystem(new Locked(enrolment, programme), EnrolmentMachine.END, reason.name());
        }
    }

    public Details get(UUID id) {
        return details(scope.programme(Programme.findById(id), id));
    }

    /** The catalogue: by start date (then code) unless the request names another order. */
    public static final ListOrder<Programme> ORDER = ListOrder.<Programme>byId("id", UUID.class, programme -> programme.id)
            .key("startsOn", List.of(ListOrder.column("startsOn", LocalDate.class, (Programme programme) -> programme.startsOn),
                    ListOrder.column("code", String.class, (Programme programme) -> programme.code)))
            .key("code", "code", String.class, programme -> programme.code)
            .key("name", "name", String.class, programme -> programme.name)
            .key("createdAt", "createdAt", OffsetDateTime.class, programme -> programme.createdAt)
            .updatedAt("updatedAt", OffsetDateTime.class, programme -> programme.updatedAt)
            .changes("changePosition", programme -> programme.changePosition)
            .sortedBy("startsOn");

    public Page<Details> list(ProgrammeStatus status, ProgrammeCategory category, PageRequest page) {
        Filter filter = scope.programmes(new Filter().equal("status", status).equal("category", category));
        Page<Programme> found = ORDER.read(page).read(filter, Programme.class);
        return found.withItems(details(found.items()));
    }

    private Details details(Programme programme) {
        return details(List.of(programme)).get(0);
    }

    /** Programmes with their places, counted for the whole page in one query. */
    private List<Details> details(List<Programme> programmes) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<EnrolmentState, Long>> counts = new HashMap<>();
        entityManager.createQuery("""
                        SELECT e.programmeId, e.state, count(e) FROM Enrolment e
                        WHERE e.programmeId IN :p AND e.state IN :states GROUP BY e.programmeId, e.state""", Object[].class)
                .setParameter("p", programmes.stream().map(p -> p.id).toList())
                .setParameter("states", List.of(EnrolmentState.ACTIVE, EnrolmentState.SUSPENDED, EnrolmentState.WAITLISTED))
                .getResultList()
                .forEach(row -> counts.computeIfAbsent((UUID) row[0], id -> new EnumMap<>(EnrolmentState.class))
                        .put((EnrolmentState) row[1], (Long) row[2]));
        return programmes.stream().map(programme -> {
            Map<EnrolmentState, Long> of = counts.getOrDefault(programme.id, Map.of());
            return new Details(programme, of.getOrDefault(EnrolmentState.ACTIVE, 0L) + of.getOrDefault(EnrolmentState.SUSPENDED, 0L),
                    of.getOrDefault(EnrolmentState.WAITLISTED, 0L));
        }).toList();
    }

    private void apply(Programme programme, ProgrammeDefinition definition) {
        if (definition.endsOn().isBefore(definition.startsOn())) {
            throw Problems.invalidField("ends-before-start", "endsOn", definition.endsOn(), definition.startsOn());
        }
        programme.name = definition.name();
        programme.description = definition.description();
        programme.partner = definition.partner();
        programme.coOrganiserUnit = definition.coOrganiserUnit();
        programme.capacity = definition.capacity();
        programme.startsOn = definition.startsOn();
        programme.endsOn = definition.endsOn();
        programme.eligibleClasses = new ArrayList<>(definition.eligibleClasses());
        programme.eligibleRiskLevels = new ArrayList<>(definition.eligibleRiskLevels());
        programme.updatedAt = clock.timestamp();
    }
}
