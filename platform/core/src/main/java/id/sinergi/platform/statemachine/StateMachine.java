package id.sinergi.platform.statemachine;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The one engine that applies a table of {@link Transition}s, in every service. It answers what
 * the state allows ({@link #allowedActions}), which row an action takes ({@link #transition}), and
 * describes itself for {@code GET …/state-machine}. The order in which a request is checked against
 * it (role, scope, {@code If-Match}, state, rules) is {@link ActionGuard}'s.
 *
 * @param <S> the states
 * @param <C> the subject the rows' conditions test: the record, or what the service knows around it
 */
public final class StateMachine<S extends Enum<S>, C> {

    private final String name;
    private final Class<S> states;
    private final List<Transition<S, C>> transitions;

    public StateMachine(String name, Class<S> states, List<Transition<S, C>> transitions) {
        this.name = name;
        this.states = states;
        this.transitions = List.copyOf(transitions);
        transitions.forEach(t -> {
            if (t.from() == null && t.to() == null) {
                throw new IllegalArgumentException("'" + t.action() + "' creates a record, so it must name its first state");
            }
        });
    }

    public String name() {
        return name;
    }

    public List<S> states() {
        return Arrays.asList(states.getEnumConstants());
    }

    public List<Transition<S, C>> transitions() {
        return transitions;
    }

    /** Whether the table knows the action at all (an unknown action is the caller's mistake: 404). */
    public boolean knows(String action) {
        return transitions.stream().anyMatch(t -> t.action().equals(action));
    }

    /** Every role that may take the action from some state, sorted; empty when only the service may. */
    public Set<String> rolesFor(String action) {
        Set<String> roles = new TreeSet<>();
        transitions.stream().filter(t -> t.action().equals(action)).forEach(t -> roles.addAll(t.roles()));
        return roles;
    }

    /** The actions people may take from the state, for this subject (the service's own are not offered). */
    public List<String> allowedActions(S state, C subject) {
        return transitions.stream()
                .filter(t -> state != null && t.from() == state && !t.bySystem() && t.condition().holds(subject))
                .map(Transition::action).distinct().toList();
    }

    /**
     * The row a person takes, who holds one of the roles {@code holdsAnyOf} accepts, for the action from the state: the first whose
     * condition holds. Without one, the state does not allow it ({@link TransitionNotAllowedException}).
     */
    public Transition<S, C> transition(String action, S state, C subject, Predicate<Set<String>> holdsAnyOf) {
        return transitions.stream()
                .filter(t -> t.action().equals(action) && t.from() == state && !t.bySystem()
                        && holdsAnyOf.test(t.roles()) && t.condition().holds(subject))
                .findFirst()
                .orElseThrow(() -> new TransitionNotAllowedException(action, state, allowedActions(state, subject)));
    }

    /** The row the service itself takes for one of its own actions (an ending on release, an escalation). */
    public Transition<S, C> systemTransition(String action, S state, C subject) {
        return transitions.stream()
                .filter(t -> t.action().equals(action) && t.from() == state && t.bySystem() && t.condition().holds(subject))
                .findFirst()
                .orElseThrow(() -> new TransitionNotAllowedException(action, state, allowedActions(state, subject)));
    }

    /** Whether the service's own action applies from the state (a consumer skips records it no longer concerns). */
    public boolean allowsSystem(String action, S state, C subject) {
        return transitions.stream().anyMatch(t -> t.action().equals(action) && t.from() == state && t.bySystem()
                && t.condition().holds(subject));
    }

    /** The state a record starts in when the creating action is taken. */
    public Transition<S, C> creation(String action, C subject) {
        return transitions.stream()
                .filter(t -> t.action().equals(action) && t.createsRecord() && t.condition().holds(subject))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + action + "' does not create a " + name));
    }

    /** The table as integrators read it. */
    public StateMachineDescription describe() {
        return StateMachineDescription.of(this);
    }
}
