package id.sinergi.program.domain;

import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.error.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static id.sinergi.program.domain.EnrolmentMachine.MACHINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The enrolment table applied by the engine, without a database: every allowed transition and the refusals. */
class EnrolmentMachineTest {

    private static final Actor OFFICER = Actor.person("programs-1", Set.of(Roles.LAPAS_PROGRAM_OFFICER));
    private static final Actor HEAD = Actor.person("kalapas", Set.of(Roles.LAPAS_HEAD));
    private static final Actor REGISTRAR = Actor.person("registrar-1", Set.of(Roles.LAPAS_REGISTRAR));

    private static EnrolmentState move(EnrolmentState from, String action, Actor actor, String reason, boolean placeFree) {
        return MACHINE.transition(from, action, actor, reason, c -> c == Condition.ALWAYS
                || (c == Condition.PLACE_AVAILABLE) == placeFree).to();
    }

    private static Problem refusal(EnrolmentState from, String action, Actor actor, String reason) {
        return (Problem) catchThrowable(() -> move(from, action, actor, reason, true));
    }

    @Test
    void everyStaffTransitionOfTheTableIsMadeByOfficerAndHead() {
        List<Transition<EnrolmentState>> staff = MACHINE.transitions().stream().filter(t -> !t.bySystem()).toList();
        assertThat(staff).hasSize(10);
        for (Transition<EnrolmentState> t : staff) {
            for (Actor actor : List.of(OFFICER, HEAD)) {
                assertThat(move(t.from(), t.action(), actor, "because", t.condition() != Condition.PROGRAMME_FULL))
                        .as("%s %s by %s", t.from(), t.action(), actor.name()).isEqualTo(t.to());
            }
        }
    }

    @Test
    void approvalTakesAPlaceOrJoinsTheWaitingList() {
        assertThat(move(EnrolmentState.REQUESTED, "approve", OFFICER, null, true)).isEqualTo(EnrolmentState.ACTIVE);
        assertThat(move(EnrolmentState.REQUESTED, "approve", OFFICER, null, false)).isEqualTo(EnrolmentState.WAITLISTED);
    }

    @ParameterizedTest
    @EnumSource(value = EnrolmentState.class, names = {"REQUESTED", "WAITLISTED", "ACTIVE", "SUSPENDED"})
    void onlyTheSystemPromotesAndEnds(EnrolmentState open) {
        assertThat(move(open, "end", Actor.SYSTEM, "RELEASED", true)).isEqualTo(EnrolmentState.ENDED);
        assertThat(refusal(open, "end", HEAD, "RELEASED").getStatusCode()).isEqualTo(403);
        assertThat(refusal(open, "withdraw", HEAD, " ").getStatusCode()).isEqualTo(422);
    }

    @Test
    void promotionNeedsAFreePlace() {
        assertThat(move(EnrolmentState.WAITLISTED, "promote", Actor.SYSTEM, null, true)).isEqualTo(EnrolmentState.ACTIVE);
        assertThat(refusal(EnrolmentState.WAITLISTED, "promote", OFFICER, null).getStatusCode()).isEqualTo(403);
        assertThatThrownBy(() -> move(EnrolmentState.WAITLISTED, "promote", Actor.SYSTEM, null, false))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStateThatDoesNotAllowTheActionAnswers409WithWhatItAllows() {
        Problem problem = refusal(EnrolmentState.ACTIVE, "resume", OFFICER, null);
        assertThat(problem.getStatusCode()).isEqualTo(409);
        assertThat(problem.getParameters()).containsEntry("state", "ACTIVE")
                .containsEntry("allowedActions", List.of("suspend", "complete", "withdraw"));
        for (EnrolmentState terminal : List.of(EnrolmentState.COMPLETED, EnrolmentState.WITHDRAWN, EnrolmentState.ENDED)) {
            for (String action : List.of("approve", "suspend", "resume", "complete", "withdraw")) {
                Problem refused = refusal(terminal, action, HEAD, "because");
                assertThat(refused.getStatusCode()).as("%s %s", terminal, action).isEqualTo(409);
                assertThat(refused.getParameters()).containsEntry("allowedActions", List.of());
            }
        }
        assertThat(refusal(EnrolmentState.WAITLISTED, "approve", OFFICER, null).getParameters())
                .containsEntry("allowedActions", List.of("withdraw"));
        assertThat(refusal(EnrolmentState.SUSPENDED, "complete", OFFICER, null).getStatusCode()).isEqualTo(409);
    }

    @Test
    void otherRolesMayNotActAndSomeActionsNeedAReason() {
        Problem forbidden = refusal(EnrolmentState.REQUESTED, "approve", REGISTRAR, null);
        assertThat(forbidden.getStatusCode()).isEqualTo(403);
        Problem reason = refusal(EnrolmentState.ACTIVE, "suspend", OFFICER, null);
        assertThat(reason.getStatusCode()).isEqualTo(422);
        assertThat(reason.getParameters()).containsEntry("field", "reason");
        assertThat(MACHINE.transitions().stream().filter(Transition::reasonRequired).map(Transition::action).distinct())
                .containsExactlyInAnyOrder("suspend", "withdraw", "end");
    }

    @Test
    void activeAndSuspendedHoldPlaces() {
        assertThat(Arrays.stream(EnrolmentState.values()).filter(EnrolmentState::holdsPlace))
                .containsExactly(EnrolmentState.ACTIVE, EnrolmentState.SUSPENDED);
    }
}
