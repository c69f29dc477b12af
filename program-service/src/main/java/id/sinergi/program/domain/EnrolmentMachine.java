package id.sinergi.program.domain;

import id.sinergi.platform.auth.Roles;

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
 * The enrolment's life as data: this table is what the service enforces and what
 * {@code GET /api/v1/enrolments/state-machine} shows integrators.
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

    static final Set<String> STAFF = Set.of(Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_HEAD);
    private static final Set<String> SYSTEM = Set.of();

    private static final String END_DESCRIPTION = "The system ends it: the WBP was released (RELEASED), transferred "
            + "(TRANSFERRED) or died (DIED), or the programme was cancelled (PROGRAMME_CANCELLED) or finished "
            + "before a place came (PROGRAMME_FINISHED)";

    public static final StateMachine<EnrolmentState> MACHINE = new StateMachine<>(List.of(
            new Transition<>(null, REQUEST, REQUESTED, STAFF, false, Condition.ALWAYS,
                    "Ask for a place for an eligible WBP"),
            new Transition<>(REQUESTED, APPROVE, ACTIVE, STAFF, false, Condition.PLACE_AVAILABLE,
                    "Approve: the WBP takes a free place"),
            new Transition<>(REQUESTED, APPROVE, WAITLISTED, STAFF, false, Condition.PROGRAMME_FULL,
                    "Approve while the programme is full: the WBP joins the waiting list"),
            new Transition<>(WAITLISTED, PROMOTE, ACTIVE, SYSTEM, false, Condition.PLACE_AVAILABLE,
                    "A place became free: the first on the waiting list (earliest request) takes it"),
            new Transition<>(ACTIVE, SUSPEND, SUSPENDED, STAFF, true, Condition.ALWAYS,
                    "Pause participation; the WBP keeps the place"),
            new Transition<>(SUSPENDED, RESUME, ACTIVE, STAFF, false, Condition.ALWAYS,
                    "Take part again in the place kept"),
            new Transition<>(ACTIVE, COMPLETE, COMPLETED, STAFF, false, Condition.ALWAYS,
                    "Final assessment: completion with a certificate number; frees the place"),
            new Transition<>(REQUESTED, WITHDRAW, WITHDRAWN, STAFF, true, Condition.ALWAYS, "Withdraw or decline the request"),
            new Transition<>(WAITLISTED, WITHDRAW, WITHDRAWN, STAFF, true, Condition.ALWAYS, "Leave the waiting list"),
            new Transition<>(ACTIVE, WITHDRAW, WITHDRAWN, STAFF, true, Condition.ALWAYS, "Leave the programme; frees the place"),
            new Transition<>(SUSPENDED, WITHDRAW, WITHDRAWN, STAFF, true, Condition.ALWAYS, "Leave the programme; frees the place"),
            new Transition<>(REQUESTED, END, ENDED, SYSTEM, true, Condition.ALWAYS, END_DESCRIPTION),
            new Transition<>(WAITLISTED, END, ENDED, SYSTEM, true, Condition.ALWAYS, END_DESCRIPTION),
            new Transition<>(ACTIVE, END, ENDED, SYSTEM, true, Condition.ALWAYS, END_DESCRIPTION),
            new Transition<>(SUSPENDED, END, ENDED, SYSTEM, true, Condition.ALWAYS, END_DESCRIPTION)));


    private EnrolmentMachine() {
    }
}
