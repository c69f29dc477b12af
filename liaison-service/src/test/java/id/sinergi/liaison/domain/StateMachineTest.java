package id.sinergi.liaison.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StateMachineTest {

    @Test
    void theSystemsOwnTransitionsAreNotOfferedToPeople() {
        assertThat(PoliceLoan.MACHINE.allowedActions(PoliceLoan.State.CHECKED_OUT)).containsExactly("return");
        assertThat(PoliceLoan.MACHINE.find(PoliceLoan.MARK_OVERDUE, PoliceLoan.State.CHECKED_OUT)).isPresent();
        assertThat(Notification.MACHINE.allowedActions(Notification.State.OPEN)).containsExactly("acknowledge");
    }

    @Test
    void finalStatesAllowNothing() {
        for (PoliceLoan.State state : new PoliceLoan.State[] {PoliceLoan.State.RETURNED, PoliceLoan.State.REJECTED,
                PoliceLoan.State.CANCELLED}) {
            assertThat(PoliceLoan.MACHINE.allowedActions(state)).as(state.name()).isEmpty();
        }
        assertThat(InfoRequest.MACHINE.allowedActions(InfoRequest.State.FULFILLED)).isEmpty();
        assertThat(Notification.MACHINE.allowedActions(Notification.State.ACKNOWLEDGED)).isEmpty();
    }

    @Test
    void rolesAreThoseOfTheTransitionFromTheState() {
        assertThat(Notification.MACHINE.rolesFor(Notification.ACKNOWLEDGE))
                .containsExactlyInAnyOrder("polres-officer", "polres-head", "lapas-liaison", "lapas-head");
        assertThat(Notification.MACHINE.find(Notification.ACKNOWLEDGE, Notification.State.ESCALATED).orElseThrow().roles())
                .containsExactlyInAnyOrder("polres-head", "lapas-head");
    }
}
