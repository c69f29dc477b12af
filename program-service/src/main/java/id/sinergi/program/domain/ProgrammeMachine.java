package id.sinergi.program.domain;

import id.sinergi.platform.statemachine.StateMachine;
import id.sinergi.platform.statemachine.Transition;

import java.util.List;

import static id.sinergi.program.domain.EnrolmentMachine.STAFF;
import static id.sinergi.program.domain.ProgrammeStatus.CANCELLED;
import static id.sinergi.program.domain.ProgrammeStatus.COMPLETED;
import static id.sinergi.program.domain.ProgrammeStatus.DRAFT;
import static id.sinergi.program.domain.ProgrammeStatus.OPEN;
import static id.sinergi.program.domain.ProgrammeStatus.RUNNING;

/**
 * A programme's life as data, run by the platform's engine like enrolments
 * ({@code GET /api/v1/programs/state-machine}). No row has a condition beside the status.
 */
public final class ProgrammeMachine {

    public static final String CREATE = "create";
    public static final String OPEN_ACTION = "open";
    public static final String START = "start";
    public static final String FINISH = "finish";
    public static final String CANCEL = "cancel";

    private static final String CANCEL_DESCRIPTION = "Cancel the programme; every open enrolment ends (PROGRAMME_CANCELLED)";

    public static final StateMachine<ProgrammeStatus, Programme> MACHINE = new StateMachine<>("programme",
            ProgrammeStatus.class, List.of(
            Transition.<ProgrammeStatus>creation().on(CREATE).to(DRAFT).by(STAFF)
                    .because("Add a programme to the catalogue; not yet open for enrolment"),
            Transition.from(DRAFT).on(OPEN_ACTION).to(OPEN).by(STAFF).because("Open for enrolment"),
            Transition.from(OPEN).on(START).to(RUNNING).by(STAFF)
                    .because("Sessions have begun; enrolment stays possible while places are free"),
            Transition.from(RUNNING).on(FINISH).to(COMPLETED).by(STAFF)
                    .because("Close the programme once no enrolment is active or suspended; requests and the waiting "
                            + "list end (PROGRAMME_FINISHED)"),
            Transition.from(DRAFT).on(CANCEL).to(CANCELLED).by(STAFF).withReason().because(CANCEL_DESCRIPTION),
            Transition.from(OPEN).on(CANCEL).to(CANCELLED).by(STAFF).withReason().because(CANCEL_DESCRIPTION),
            Transition.from(RUNNING).on(CANCEL).to(CANCELLED).by(STAFF).withReason().because(CANCEL_DESCRIPTION)));

    private ProgrammeMachine() {
    }
}
