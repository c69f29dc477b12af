package id.sinergi.program.domain;

import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.statemachine.ActionForbiddenException;
import id.sinergi.platform.statemachine.ActionGuard;
import id.sinergi.platform.statemachine.ReasonRequiredException;
import id.sinergi.platform.statemachine.Stateful;
import id.sinergi.platform.statemachine.Transition;
import id.sinergi.platform.statemachine.TransitionNotAllowedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import static id.sinergi.program.domain.EnrolmentMachine.MACHINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The enrolment and programme tables run by the platform's engine, without a database: every row and the refusals. */
class EnrolmentMachineTest {

    private static final ProgrammePlaces FREE = ProgrammePlaces.of(2, 1);
    private static final ProgrammePlaces FULL = ProgrammePlaces.of(2, 2);

    private static ActionGuard guard(String... roles) {
        Set<String> held = Set.of(roles);
        return new ActionGuard(new Caller() {
            @Override
            public boolean hasAnyRole(Collection<String> wanted) {
                return wanted.stream().anyMatch(held::contains);
            }
        });
    }

    private static final ActionGuard OFFICER = guard(Roles.LAPAS_PROGRAM_OFFICER);
    private static final ActionGuard HEAD = guard(Roles.LAPAS_HEAD);
    private static final ActionGuard REGISTRAR = guard(Roles.LAPAS_REGISTRAR);

    /** An enrolment in a state, at version 1. */
    private record At(EnrolmentState currentState) implements Stateful<EnrolmentState> {
        @Override
        public long version() {
            return 1;
        }
    }

    private static EnrolmentState move(ActionGuard guard, EnrolmentState from, String action, String reason,
                                       ProgrammePlaces places) {
        return guard.check(MACHINE, action, () -> new At(from), at -> places, "\"1\"", reason).target(from);
    }

    private static Throwable refusal(ActionGuard guard, EnrolmentState from, String action, String reason) {
        return catchThrowable(() -> move(guard, from, action, reason, FREE));
    }

    @Test
    void everyStaffTransitionOfTheTableIsMadeByOfficerAndHead() {
        List<Transition<EnrolmentState, ProgrammePlaces>> staff = MACHINE.transitions().stream()
                .filter(t -> !t.bySystem() && !t.createsRecord()).toList();
        assertThat(staff).hasSize(9);
        for (Transition<EnrolmentState, ProgrammePlaces> t : staff) {
            for (ActionGuard guard : List.of(OFFICER, HEAD)) {
                ProgrammePlaces places = t.condition() == EnrolmentMachine.PROGRAMME_FULL ? FULL : FREE;
                assertThat(move(guard, t.from(), t.action(), "because", places)).as("%s %s", t.from(), t.action())
                        .isEqualTo(t.to());
            }
        }
        assertThat(OFFICER.checkCreation(MACHINE, EnrolmentMachine.REQUEST, null, null).to()).isEqualTo(EnrolmentState.REQUESTED);
        assertThatThrownBy(() -> REGISTRAR.checkCreation(MACHINE, EnrolmentMachine.REQUEST, null, null))
                .isInstanceOf(ActionForbiddenException.class);
    }

    @Test
    void approvalTakesAPlaceOrJoinsTheWaitingList() {
        assertThat(move(OFFICER, EnrolmentState.REQUESTED, "approve", null, FREE)).isEqualTo(EnrolmentState.ACTIVE);
        assertThat(move(OFFICER, EnrolmentState.REQUESTED, "approve", null, FULL)).isEqualTo(EnrolmentState.WAITLISTED);
        assertThat(MACHINE.allowedActions(EnrolmentState.REQUESTED, FREE))
                .isEqualTo(MACHINE.allowedActions(EnrolmentState.REQUESTED, FULL)).containsExactly("approve", "withdraw");
    }

    @Test
    void placesAreCountedOnlyWhenAConditionAsks() {
        int[] counted = new int[1];
        ProgrammePlaces places = ProgrammePlaces.counted(3, () -> ++counted[0]);
        assertThat(MACHINE.allowedActions(EnrolmentState.ACTIVE, places)).containsExactly("suspend", "complete", "withdraw");
        assertThat(counted[0]).isZero();
        assertThat(MACHINE.allowedActions(EnrolmentState.REQUESTED, places)).contains("approve");
        assertThat(places.hasFree()).isTrue();
        assertThat(counted[0]).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = EnrolmentState.class, names = {"REQUESTED", "WAITLISTED", "ACTIVE", "SUSPENDED"})
    void onlyTheServiceEndsAndAWithdrawalNeedsAReason(EnrolmentState open) {
        assertThat(MACHINE.systemTransition("end", open, FREE).to()).isEqualTo(EnrolmentState.ENDED);
        assertThat(refusal(HEAD, open, "end", "RELEASED")).isInstanceOf(ActionForbiddenException.class);
        assertThat(refusal(HEAD, open, "withdraw", " ")).isInstanceOf(ReasonRequiredException.class);
    }

    @Test
    void promotionIsTheServicesAndNeedsAFreePlace() {
        assertThat(MACHINE.systemTransition("promote", EnrolmentState.WAITLISTED, FREE).to()).isEqualTo(EnrolmentState.ACTIVE);
        assertThat(refusal(OFFICER, EnrolmentState.WAITLISTED, "promote", null)).isInstanceOf(ActionForbiddenException.class);
        assertThat(MACHINE.allowsSystem("promote", EnrolmentState.WAITLISTED, FULL)).isFalse();
        assertThatThrownBy(() -> MACHINE.systemTransition("promote", EnrolmentState.WAITLISTED, FULL))
                .isInstanceOf(TransitionNotAllowedException.class);
    }

    @Test
    void aStateThatDoesNotAllowTheActionNamesWhatItAllows() {
        Throwable refused = refusal(OFFICER, EnrolmentState.ACTIVE, "resume", null);
        assertThat(refused).isInstanceOfSatisfying(TransitionNotAllowedException.class, e -> {
            assertThat(e.state()).isEqualTo("ACTIVE");
            assertThat(e.allowedActions()).containsExactly("suspend", "complete", "withdraw");
        });
        for (EnrolmentState terminal : List.of(EnrolmentState.COMPLETED, EnrolmentState.WITHDRAWN, EnrolmentState.ENDED)) {
            for (String action : List.of("approve", "suspend", "resume", "complete", "withdraw")) {
                assertThat(refusal(HEAD, terminal, action, "because")).as("%s %s", terminal, action)
                        .isInstanceOfSatisfying(TransitionNotAllowedException.class, e -> assertThat(e.allowedActions()).isEmpty());
            }
        }
        assertThat(refusal(OFFICER, EnrolmentState.WAITLISTED, "approve", null))
                .isInstanceOfSatisfying(TransitionNotAllowedException.class,
                        e -> assertThat(e.allowedActions()).containsExactly("withdraw"));
        // The state is checked before the reason: a withdrawal of a finished enrolment is 409 even without one.
        assertThat(refusal(OFFICER, EnrolmentState.COMPLETED, "withdraw", null)).isInstanceOf(TransitionNotAllowedException.class);
    }

    @Test
    void otherRolesMayNotActAndSomeActionsNeedAReason() {
        assertThat(refusal(REGISTRAR, EnrolmentState.REQUESTED, "approve", null))
                .isInstanceOf(ActionForbiddenException.class)
                .hasMessage("'approve' needs one of the roles [lapas-head, lapas-program-officer]");
        assertThat(refusal(OFFICER, EnrolmentState.ACTIVE, "suspend", null)).isInstanceOf(ReasonRequiredException.class);
        assertThat(MACHINE.transitions().stream().filter(Transition::reasonRequired).map(Transition::action).distinct())
                .containsExactlyInAnyOrder("suspend", "withdraw", "end");
    }

    @Test
    void activeAndSuspendedHoldPlaces() {
        assertThat(Arrays.stream(EnrolmentState.values()).filter(EnrolmentState::holdsPlace))
                .containsExactly(EnrolmentState.ACTIVE, EnrolmentState.SUSPENDED);
    }

    @Test
    void theProgrammeAndReviewTablesDescribeThemselves() {
        var programme = ProgrammeMachine.MACHINE.describe();
        assertThat(programme.name()).isEqualTo("programme");
        assertThat(programme.states()).filteredOn(s -> s.terminal()).extracting(s -> s.state())
                .containsExactly("COMPLETED", "CANCELLED");
        assertThat(ProgrammeMachine.MACHINE.allowedActions(ProgrammeStatus.DRAFT, null)).containsExactly("open", "cancel");
        var review = ReviewMachine.MACHINE.describe();
        assertThat(review.transitions()).extracting(t -> t.action()).containsExactly("raise", "acknowledge");
        assertThat(review.transitions().get(0).bySystem()).isTrue();
        assertThat(review.transitions().get(0).from()).isNull();
    }
}
