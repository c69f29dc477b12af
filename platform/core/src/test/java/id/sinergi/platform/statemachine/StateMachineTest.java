package id.sinergi.platform.statemachine;

import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.error.Problem;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine and the guard's order, on a small table that has every kind of row. */
class StateMachineTest {

    enum Door { OPEN, SHUT, LOCKED }

    /** A door and whether its key is at hand (the condition of one row). */
    static final class Entry implements Stateful<Door> {
        final Door state;
        final long version;
        final boolean keyAtHand;

        Entry(Door state, long version, boolean keyAtHand) {
            this.state = state;
            this.version = version;
            this.keyAtHand = keyAtHand;
        }

        @Override
        public Door currentState() {
            return state;
        }

        @Override
        public long version() {
            return version;
        }
    }

    static final Set<String> KEEPER = Set.of("keeper");
    static final Set<String> HEAD = Set.of("head");
    static final Condition<Entry> KEY = Condition.of("KEY_AT_HAND", "the key is at hand", e -> e.keyAtHand);

    static final StateMachine<Door, Entry> MACHINE = new StateMachine<>("door", Door.class, List.of(
            Transition.<Door>creation().on("build").to(Door.SHUT).by(KEEPER).because("Build a door"),
            Transition.from(Door.SHUT).on("open").to(Door.OPEN).by(KEEPER).because("Open it"),
            Transition.from(Door.OPEN).on("shut").to(Door.SHUT).by(KEEPER).because("Shut it"),
            Transition.from(Door.SHUT).on("lock").to(Door.LOCKED).by(HEAD).withReason().when(KEY, "Lock it"),
            Transition.from(Door.OPEN).on("paint").stays().by(KEEPER).because("Paint it"),
            Transition.from(Door.LOCKED).on("unlock").to(Door.SHUT).bySystem().because("The timer unlocks it")));

    static Caller callerWith(Set<String> roles) {
        return new Caller() {
            @Override
            public boolean hasAnyRole(Collection<String> wanted) {
                return wanted.stream().anyMatch(roles::contains);
            }
        };
    }

    @Test
    void allowedActionsAreThePeoplesRowsWhoseConditionHolds() {
        assertThat(MACHINE.allowedActions(Door.SHUT, new Entry(Door.SHUT, 0, true))).containsExactly("open", "lock");
        assertThat(MACHINE.allowedActions(Door.SHUT, new Entry(Door.SHUT, 0, false))).containsExactly("open");
        assertThat(MACHINE.allowedActions(Door.LOCKED, new Entry(Door.LOCKED, 0, true))).isEmpty();
        assertThat(MACHINE.rolesFor("lock")).containsExactly("head");
        assertThat(MACHINE.rolesFor("unlock")).isEmpty();
    }

    @Test
    void aRowWithoutTargetKeepsTheState() {
        ActionGuard guard = new ActionGuard(callerWith(KEEPER));
        var checked = guard.check(MACHINE, "paint", () -> new Entry(Door.OPEN, 3, false), "\"3\"", null);
        assertThat(checked.target(Door.OPEN)).isEqualTo(Door.OPEN);
    }

    @Test
    void theGuardChecksRoleThenScopeThenIfMatchThenStateThenReason() {
        AtomicBoolean loaded = new AtomicBoolean();
        ActionGuard keeper = new ActionGuard(callerWith(KEEPER));
        ActionGuard head = new ActionGuard(callerWith(HEAD));

        // 403 before the record is even read.
        assertThatThrownBy(() -> keeper.check(MACHINE, "lock", () -> {
            loaded.set(true);
            return new Entry(Door.SHUT, 1, true);
        }, null, null)).isInstanceOf(ActionForbiddenException.class);
        assertThat(loaded).isFalse();
        assertThatThrownBy(() -> keeper.check(MACHINE, "unlock", () -> new Entry(Door.LOCKED, 1, true), "\"1\"", null))
                .isInstanceOf(ActionForbiddenException.class).hasMessageContaining("the service itself");

        // 404 (the loader's) before the precondition.
        assertThatThrownBy(() -> head.check(MACHINE, "lock", () -> {
            throw new IllegalStateException("not found");
        }, null, null)).hasMessage("not found");

        // 428, then 412, before the state.
        assertThatThrownBy(() -> head.check(MACHINE, "lock", () -> new Entry(Door.OPEN, 1, true), null, "why"))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.getStatusCode()).isEqualTo(428));
        assertThatThrownBy(() -> head.check(MACHINE, "lock", () -> new Entry(Door.OPEN, 2, true), "\"1\"", "why"))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.getStatusCode()).isEqualTo(412));

        // 409 with what the state allows, before the reason.
        assertThatThrownBy(() -> head.check(MACHINE, "lock", () -> new Entry(Door.OPEN, 1, true), "\"1\"", null))
                .isInstanceOfSatisfying(TransitionNotAllowedException.class, e -> {
                    assertThat(e.state()).isEqualTo("OPEN");
                    assertThat(e.allowedActions()).containsExactly("shut", "paint");
                });
        // A condition that does not hold is the state not allowing it, too.
        assertThatThrownBy(() -> head.check(MACHINE, "lock", () -> new Entry(Door.SHUT, 1, false), "\"1\"", "why"))
                .isInstanceOf(TransitionNotAllowedException.class);

        // 422 last.
        assertThatThrownBy(() -> head.check(MACHINE, "lock", () -> new Entry(Door.SHUT, 1, true), "\"1\"", " "))
                .isInstanceOf(ReasonRequiredException.class);
        var checked = head.check(MACHINE, "lock", () -> new Entry(Door.SHUT, 1, true), "\"1\"", "night");
        assertThat(checked.transition().to()).isEqualTo(Door.LOCKED);
    }

    @Test
    void creationAndSystemRows() {
        ActionGuard keeper = new ActionGuard(callerWith(KEEPER));
        assertThat(keeper.checkCreation(MACHINE, "build", new Entry(null, 0, false), null).to()).isEqualTo(Door.SHUT);
        assertThatThrownBy(() -> new ActionGuard(callerWith(HEAD)).checkCreation(MACHINE, "build", null, null))
                .isInstanceOf(ActionForbiddenException.class);
        Entry locked = new Entry(Door.LOCKED, 0, false);
        assertThat(MACHINE.systemTransition("unlock", Door.LOCKED, locked).to()).isEqualTo(Door.SHUT);
        assertThat(MACHINE.allowsSystem("unlock", Door.SHUT, locked)).isFalse();
        assertThatThrownBy(() -> MACHINE.systemTransition("unlock", Door.SHUT, locked))
                .isInstanceOf(TransitionNotAllowedException.class);
    }

    @Test
    void theDescriptionListsStatesTransitionsAndConditions() {
        StateMachineDescription description = MACHINE.describe();
        assertThat(description.name()).isEqualTo("door");
        assertThat(description.states()).extracting(StateMachineDescription.StateDescription::state)
                .containsExactly("OPEN", "SHUT", "LOCKED");
        assertThat(description.states()).allMatch(s -> !s.terminal());
        var lock = description.transitions().get(3);
        assertThat(lock.from()).isEqualTo("SHUT");
        assertThat(lock.roles()).containsExactly("head");
        assertThat(lock.reasonRequired()).isTrue();
        assertThat(lock.condition()).isEqualTo("KEY_AT_HAND");
        assertThat(description.transitions().get(0).from()).isNull();
        assertThat(description.transitions().get(4).to()).isNull();
    }
}
