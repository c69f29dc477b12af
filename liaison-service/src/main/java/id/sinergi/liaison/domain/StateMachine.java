package id.sinergi.liaison.domain;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A state machine as a table of {@link Transition}s. The table answers whether an action is
 * allowed from a state and for which roles, lists what a state allows (for 409 answers and views),
 * and describes itself for the {@code GET …/state-machine} endpoints.
 */
public final class StateMachine<S extends Enum<S>> {

    private final String name;
    private final Class<S> states;
    private final List<Transition<S>> transitions;

    @SafeVarargs
    public StateMachine(String name, Class<S> states, Transition<S>... transitions) {
        this.name = name;
        this.states = states;
        this.transitions = List.of(transitions);
    }

    public String name() {
        return name;
    }

    public List<S> states() {
        return Arrays.asList(states.getEnumConstants());
    }

    public List<Transition<S>> transitions() {
        return transitions;
    }

    public Optional<Transition<S>> find(String action, S from) {
        return transitions.stream().filter(t -> t.action().equals(action) && t.from() == from).findFirst();
    }

    /** Every role that may take the action from some state. */
    public Set<String> rolesFor(String action) {
        Set<String> roles = new LinkedHashSet<>();
        transitions.stream().filter(t -> t.action().equals(action)).forEach(t -> roles.addAll(t.roles()));
        return roles;
    }

    /** The actions people may take from a state (the system's own are not offered). */
    public List<String> allowedActions(S state) {
        return transitions.stream().filter(t -> t.from() == state && !t.bySystem()).map(Transition::action).distinct().toList();
    }
}
