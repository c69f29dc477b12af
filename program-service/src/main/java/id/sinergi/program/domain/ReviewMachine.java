package id.sinergi.program.domain;

import id.sinergi.platform.statemachine.StateMachine;
import id.sinergi.platform.statemachine.Transition;

import java.util.List;

import static id.sinergi.program.domain.EnrolmentMachine.STAFF;
import static id.sinergi.program.domain.EnrolmentReview.Status.ACKNOWLEDGED;
import static id.sinergi.program.domain.EnrolmentReview.Status.PENDING;

/**
 * A review's life ({@code GET /api/v1/enrolments/reviews/state-machine}): the service raises it from
 * an inmate event, a programme officer acknowledges it once.
 */
public final class ReviewMachine {

    public static final String RAISE = "raise";
    public static final String ACKNOWLEDGE = "acknowledge";

    public static final StateMachine<EnrolmentReview.Status, EnrolmentReview> MACHINE = new StateMachine<>("review",
            EnrolmentReview.Status.class, List.of(
            Transition.<EnrolmentReview.Status>creation().on(RAISE).to(PENDING).bySystem()
                    .because("The WBP's risk was raised to HIGH: each open enrolment is put in front of a programme officer"),
            Transition.from(PENDING).on(ACKNOWLEDGE).to(ACKNOWLEDGED).by(STAFF)
                    .because("Acknowledge with what was decided; the enrolment changes only through its own actions")));

    private ReviewMachine() {
    }
}
