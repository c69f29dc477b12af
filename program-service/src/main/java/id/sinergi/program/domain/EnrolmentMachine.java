package id.sinergi.program.domain;

import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.statemachine.Condition;
import id.sinergi.platform.statemachine.StateMachine;
import id.sinergi.platform.statemachine.Transition;

import java.util.List;
import java.util.Set;

import static id.sinergi.program.domain.EnrolmentState.ACTIVE;
import static id.sinergi.program.domain.EnrolmentState.COMPLETED;
import static id.sinergi.program.domain.EnrolmentState.ENDED;
import static id.sinergi.program.domain.EnrolmentState.REQUESTED;
import static id.sinergi.program.domain.EnrolmentState.SUSPENDED;
import static id.sinergi.program.domain.EnrolmentState.WAITLISTED;
import static id.sinergi.program.domain.EnrolmentState.WITHDRAWN;

/**
 * The enrolment's life as data, run by the platform's engine: this table is what the service
 * enforces and what {@code GET /api/v1/enrolments/state-machine} shows integrators. Its conditions
 * test the enrolment's programme's places ({@link ProgrammePlaces}): approval gives a free place or
 * the waiting list, and only a free place lets the service promote the first on the list.
 */
public final class EnrolmentMachine {

    public static final String REQUEST = "request";
    public static final String APPROVE = "approve";
    public static final String PROMOTE = "promote";
    public static final String SUSPEND = "suspend";
    public static final String RESUME = "resume";
    public static final String COMPLETE = "complete";
    public static final String WITHDRAW = "withdraw";
    public static final String END = "end";

    /** Who moves enrolments and programmes. */
    public static final Set<String> STAFF = Set.of(Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_HEAD);

    public static final Condition<ProgrammePlaces> PLACE_AVAILABLE =
            Condition.of("PLACE_AVAILABLE", "the programme has a free place", ProgrammePlaces::hasFree);
    public static final Condition<ProgrammePlaces> PROGRAMME_FULL =
            Condition.of("PROGRAMME_FULL", "every place of the programme is taken", places -> !places.hasFree());

    private static final String END_DESCRIPTION = "The service ends it: the WBP was released (RELEASED), transferred "
            + "(TRANSFERRED), died (DIED) or went out on PB, CB or CMB under a Bapas (INTEGRATION), or the programme was cancelled (PROGRAMME_CANCELLED) or finished "
            + "before a place came (PROGRAMME_FINISHED)";

    public static final StateMachine<EnrolmentState, ProgrammePlaces> MACHINE = new StateMachine<>("enrolment",
            EnrolmentState.class, List.of(
            Transition.<EnrolmentState>creation().on(REQUEST).to(REQUESTED).by(STAFF)
                    .because("Ask for a place for an eligible WBP"),
            Transition.from(REQUESTED).on(APPROVE).to(ACTIVE).by(STAFF)
                    .when(PLACE_AVAILABLE, "Approve: the WBP takes a free place"),
            Transition.from(REQUESTED).on(APPROVE).to(WAITLISTED).by(STAFF)
                    .when(PROGRAMME_FULL, "Approve while the programme is full: the WBP joins the waiting list"),
            Transition.from(WAITLISTED).on(PROMOTE).to(ACTIVE).bySystem()
                    .when(PLACE_AVAILABLE, "A place became free: the first on the waiting list (earliest request) takes it"),
            Transition.from(ACTIVE).on(SUSPEND).to(SUSPENDED).by(STAFF).withReason()
                    .because("Pause participation; the WBP keeps the place"),
            Transition.from(SUSPENDED).on(RESUME).to(ACTIVE).by(STAFF)
                    .because("Take part again in the place kept"),
            Transition.from(ACTIVE).on(COMPLETE).to(COMPLETED).by(STAFF)
                    .because("Final assessment: completion with a certificate number; frees the place"),
            Transition.from(REQUESTED).on(WITHDRAW).to(WITHDRAWN).by(STAFF).withReason()
                    .because("Withdraw or decline the request"),
            Transition.from(WAITLISTED).on(WITHDRAW).to(WITHDRAWN).by(STAFF).withReason()
                    .because("Leave the waiting list"),
            Transition.from(ACTIVE).on(WITHDRAW).to(WITHDRAWN).by(STAFF).withReason()
                    .because("Leave the programme; frees the place"),
            Transition.from(SUSPENDED).on(WITHDRAW).to(WITHDRAWN).by(STAFF).withReason()
                    .because("Leave the programme; frees the place"),
            Transition.from(REQUESTED).on(END).to(ENDED).bySystem().withReason().because(END_DESCRIPTION),
            Transition.from(WAITLISTED).on(END).to(ENDED).bySystem().withReason().because(END_DESCRIPTION),
            Transition.from(ACTIVE).on(END).to(ENDED).bySystem().withReason().because(END_DESCRIPTION),
            Transition.from(SUSPENDED).on(END).to(ENDED).bySystem().withReason().because(END_DESCRIPTION)));

    private EnrolmentMachine() {
    }
}
