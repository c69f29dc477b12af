package id.sinergi.liaison.domain;

import id.sinergi.platform.statemachine.StateMachine;
import id.sinergi.platform.statemachine.Transition;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The liaison tables as data, without a running service (the HTTP walk is StateMachinesTest). */
class StateMachineTest {

    static final List<StateMachine<?, ?>> MACHINES = List.of(Notification.MACHINE, InfoRequest.MACHINE, PoliceLoan.MACHINE,
            Incident.MACHINE, Agreement.MACHINE, Meeting.MACHINE, ActionItem.MACHINE, JointOperation.MACHINE,
            OtherCase.MACHINE);

    private static Set<String> roles(StateMachine<?, ?> machine, String action, Enum<?> from) {
        return machine.transitions().stream().filter(t -> t.action().equals(action) && t.from() == from)
                .flatMap(t -> t.roles().stream()).collect(java.util.stream.Collectors.toSet());
    }

    private static Notification notice(Notification.State state, Notification.Audience audience) {
        Notification notification = new Notification();
        notification.state = state;
        notification.audience = audience;
        return notification;
    }

    @Test
    void everyMachineHasOneCreationAndEveryStateIsReachable() {
        for (StateMachine<?, ?> machine : MACHINES) {
            assertThat(machine.transitions().stream().filter(Transition::createsRecord).map(Transition::action).distinct())
                    .as(machine.name()).hasSize(1);
            for (Enum<?> state : machine.states()) {
                assertThat(machine.transitions()).as(machine.name() + " reaches " + state)
                        .anyMatch(t -> t.to() == state);
            }
        }
    }

    @Test
    void theSystemsOwnTransitionsAreNotOfferedToPeople() {
        PoliceLoan loan = new PoliceLoan();
        assertThat(PoliceLoan.MACHINE.allowedActions(PoliceLoan.State.CHECKED_OUT, loan)).containsExactly("return");
        assertThat(PoliceLoan.MACHINE.allowsSystem(PoliceLoan.MARK_OVERDUE, PoliceLoan.State.CHECKED_OUT, loan)).isTrue();
        assertThat(PoliceLoan.MACHINE.rolesFor(PoliceLoan.MARK_OVERDUE)).isEmpty();
        assertThat(Notification.MACHINE.allowedActions(Notification.State.OPEN,
                notice(Notification.State.OPEN, Notification.Audience.POLRES))).containsExactly("acknowledge");
        assertThat(Notification.MACHINE.creation(Notification.ISSUE, null).bySystem()).isTrue();
    }

    @Test
    void finalStatesAllowNothing() {
        PoliceLoan loan = new PoliceLoan();
        for (PoliceLoan.State state : new PoliceLoan.State[] {PoliceLoan.State.RETURNED, PoliceLoan.State.REJECTED,
                PoliceLoan.State.CANCELLED}) {
            assertThat(PoliceLoan.MACHINE.allowedActions(state, loan)).as(state.name()).isEmpty();
        }
        assertThat(InfoRequest.MACHINE.allowedActions(InfoRequest.State.FULFILLED, new InfoRequest())).isEmpty();
        assertThat(Notification.MACHINE.allowedActions(Notification.State.ACKNOWLEDGED,
                notice(Notification.State.ACKNOWLEDGED, Notification.Audience.POLRES))).isEmpty();
    }

    @Test
    void whoAcknowledgesANotificationDependsOnItsAddresseeAndState() {
        assertThat(Notification.MACHINE.rolesFor(Notification.ACKNOWLEDGE))
                .containsExactly("lapas-head", "lapas-liaison", "polres-head", "polres-officer");
        assertThat(roles(Notification.MACHINE, Notification.ACKNOWLEDGE, Notification.State.ESCALATED))
                .containsExactlyInAnyOrder("polres-head", "lapas-head");
        Notification toPolres = notice(Notification.State.ESCALATED, Notification.Audience.POLRES);
        assertThat(Notification.MACHINE.transition(Notification.ACKNOWLEDGE, toPolres.state, toPolres,
                roles -> roles.contains("polres-head")).to()).isEqualTo(Notification.State.ACKNOWLEDGED);
        assertThat(Notification.MACHINE.transitions())
                .filteredOn(t -> t.from() == Notification.State.ESCALATED && t.action().equals(Notification.ACKNOWLEDGE))
                .allMatch(t -> t.roles().size() == 1);
    }

    @Test
    void anIncidentIsTheLapassUntilSharedAndPolressAfter() {
        assertThat(roles(Incident.MACHINE, Incident.CLOSE, Incident.State.REPORTED))
                .containsExactlyInAnyOrder("lapas-security", "lapas-head");
        assertThat(roles(Incident.MACHINE, Incident.CLOSE, Incident.State.UNDER_INVESTIGATION))
                .containsExactlyInAnyOrder("polres-officer", "polres-head");
        assertThat(roles(Incident.MACHINE, Incident.CLOSE, Incident.State.SHARED)).isEmpty();
        assertThat(Incident.MACHINE.allowedActions(Incident.State.REPORTED, new Incident()))
                .containsExactly("amend", "share", "close");

        Incident incident = new Incident();
        incident.state = Incident.State.CLOSED;
        assertThat(incident.policeStatus()).as("closed without sharing").isNull();
        incident.sharedAt = OffsetDateTime.now();
        assertThat(incident.policeStatus()).isEqualTo(Incident.State.CLOSED);
        incident.state = Incident.State.SHARED;
        assertThat(incident.policeStatus()).as("not yet received").isNull();
    }

    @Test
    void polresProgressesOnlyTheActionItemsItsAgencyOwns() {
        ActionItem lapas = new ActionItem();
        lapas.ownerAgency = "LAPAS";
        ActionItem polres = new ActionItem();
        polres.ownerAgency = ActionItem.POLRES_AGENCY;
        assertThat(ActionItem.MACHINE.allowedActions(ActionItem.State.OPEN, lapas)).containsExactly("start", "complete", "cancel");
        assertThat(ActionItem.MACHINE.transition(ActionItem.START, ActionItem.State.OPEN, polres,
                roles -> roles.contains("polres-officer")).to()).isEqualTo(ActionItem.State.IN_PROGRESS);
        assertThat(ActionItem.MACHINE.transitions()).filteredOn(t -> t.roles().contains("polres-officer"))
                .allMatch(t -> t.condition() == ActionItem.OWNED_BY_POLRES);
    }

    @Test
    void systemTransitionsExpireAgreementsAndRowsThatKeepTheStateSayNoTarget() {
        assertThat(Agreement.MACHINE.systemTransition(Agreement.EXPIRE, Agreement.State.ACTIVE, new Agreement()).to())
                .isEqualTo(Agreement.State.EXPIRED);
        assertThat(Agreement.MACHINE.allowedActions(Agreement.State.ACTIVE, new Agreement())).containsExactly("terminate");
        assertThat(ActionItem.MACHINE.allowedActions(ActionItem.State.DONE, new ActionItem())).isEmpty();
        assertThat(JointOperation.MACHINE.allowedActions(JointOperation.State.CONDUCTED, new JointOperation()))
                .containsExactly("record-finding", "debrief");
        assertThat(JointOperation.MACHINE.describe().transitions())
                .filteredOn(t -> t.action().equals(JointOperation.RECORD_FINDING)).allMatch(t -> t.to() == null);
    }
}
