package id.sinergi.program.domain;

import java.util.List;

import static id.sinergi.program.domain.ProgrammeStatus.CANCELLED;
import static id.sinergi.program.domain.ProgrammeStatus.COMPLETED;
import static id.sinergi.program.domain.ProgrammeStatus.DRAFT;
import static id.sinergi.program.domain.ProgrammeStatus.OPEN;
import static id.sinergi.program.domain.ProgrammeStatus.RUNNING;

/** A programme's life as data, applied by the same engine as enrolments. */
public final class ProgrammeMachine {

    public static final String CREATE = "create";
    public static final String OPEN_ACTION = "open";
    public static final String START = "start";
    public static final String FINISH = "finish";
    public static final String CANCEL = "cancel";

    private static final String CANCEL_DESCRIPTION = "Cancel the programme; every open enrolment ends (PROGRAMME_CANCELLED)";

    public static final StateMachine<ProgrammeStatus> MACHINE = new StateMachine<>(List.of(
            new Transition<>(null, CREATE, DRAFT, EnrolmentMachine.STAFF, false, Condition.ALWAYS,
                    "Add a programme to the catalogue; not yet open for enrolment"),
            new Transition<>(DRAFT, OPEN_ACTION, OPEN, EnrolmentMachine.STAFF, false, Condition.ALWAYS,
                    "Open for enrolment"),
            new Transition<>(OPEN, START, RUNNING, EnrolmentMachine.STAFF, false, Condition.ALWAYS,
                    "Sessions have begun; enrolment stays possible while places are free"),
            new Transition<>(RUNNING, FINISH, COMPLETED, EnrolmentMachine.STAFF, false, Condition.ALWAYS,
                    "Close the programme once no enrolment is active or suspended; requests and the waiting "
                            + "list end (PROGRAMME_FINISHED)"),
            new Transition<>(DRAFT, CANCEL, CANCELLED, EnrolmentMachine.STAFF, true, Condition.ALWAYS, CANCEL_DESCRIPTION),
            new Transition<>(OPEN, CANCEL, CANCELLED, EnrolmentMachine.STAFF, true, Condition.ALWAYS, CANCEL_DESCRIPTION),
            new Transition<>(RUNNING, CANCEL, CANCELLED, EnrolmentMachine.STAFF, true, Condition.ALWAYS, CANCEL_DESCRIPTION)));


    private ProgrammeMachine() {
    }
}
