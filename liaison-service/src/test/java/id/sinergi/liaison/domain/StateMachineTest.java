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

    @Test
    void anIncidentIsTheLapassUntilSharedAndPolressAfter() {
        assertThat(Incident.MACHINE.find(Incident.CLOSE, Incident.State.REPORTED).orElseThrow().roles())
                .containsExactlyInAnyOrder("lapas-security", "lapas-head");
        assertThat(Incident.MACHINE.find(Incident.CLOSE, Incident.State.UNDER_INVESTIGATION).orElseThrow().roles())
                .containsExactlyInAnyOrder("polres-officer", "polres-head");
        assertThat(Incident.MACHINE.find(Incident.CLOSE, Incident.State.SHARED)).isEmpty();
        assertThat(Incident.MACHINE.allowedActions(Incident.State.REPORTED)).containsExactly("amend", "share", "close");

        Incident incident = new Incident();
        incident.state = Incident.State.CLOSED;
        assertThat(incident.policeStatus()).as("closed without sharing").isNull();
        incident.sharedAt = java.time.OffsetDateTime.now();
        assertThat(incident.policeStatus()).isEqualTo(Incident.State.CLOSED);
        incident.state = Incident.State.SHARED;
        assertThat(incident.policeStatus()).as("not yet received").isNull();
    }

    @Test
    void systemTransitionsExpireAgreementsAndNoOneElse() {
        assertThat(Agreement.MACHINE.find(Agreement.EXPIRE, Agreement.State.ACTIVE).orElseThrow().bySystem()).isTrue();
        assertThat(Agreement.MACHINE.allowedActions(Agreement.State.ACTIVE)).containsExactly("terminate");
        assertThat(ActionItem.MACHINE.allowedActions(ActionItem.State.DONE)).isEmpty();
        assertThat(JointOperation.MACHINE.allowedActions(JointOperation.State.CONDUCTED)).containsExactly("record-finding", "debrief");
    }
}
