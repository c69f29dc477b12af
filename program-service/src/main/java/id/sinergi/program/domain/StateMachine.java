package id.sinergi.program.domain;

import id.sinergi.platform.error.Problems;

import java.util.List;
import java.util.function.Predicate;

/**
 * The one engine that applies a table of {@link Transition}s. It answers, in this order: 403 when
 * the actor may not make the action in any state, 409 (listing the actions the state allows) when
 * the current state does not allow it, 422 when a required reason is missing; otherwise the
 * transition whose condition holds.
 */
public final class StateMachine<S extends Enum<S>> {

    private final List<Transition<S>> transitions;

    public StateMachine(List<Transition<S>> transitions) {
        this.transitions = List.copyOf(transitions);
    }

    public List<Transition<S>> transitions() {
        return transitions;
    }

    public Transition<S> transition(S state, String action, Actor actor, String reason, Predicate<Condition> holds) {
        List<Transition<S>> withAction = transitions.stream().filter(t -> t.action().equals(action)).toList();
        if (withAction.stream().noneMatch(actor::mayMake)) {
            throw Problems.forbidden("'" + action + "' needs one of the roles "
                    + withAction.stream().flatMap(t -> t.roles().stream()).distinct().sorted().toList());
        }
        List<Transition<S>> candidates = withAction.stream().filter(t -> t.from() == state && actor.mayMake(t)).toList();
        if (candidates.isEmpty()) {
            throw Problems.transitionNotAllowed(action, String.valueOf(state), allowedActions(state));
        }
        if (candidates.get(0).reasonRequired() && (reason == null || reason.isBlank())) {
            throw Problems.invalidField("reason-required", "reason", "'" + action + "' needs a reason");
        }
        return candidates.stream().filter(t -> holds.test(t.condition())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no condition of '" + action + "' from " + state + " holds"));
    }

    /** A reason as it is kept: trimmed, and null when there is none. */
    public static String reason(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The actions staff may take from a state (what a 409 and a resource's {@code allowedActions} list). */
    public List<String> allowedActions(S state) {
        return transitions.stream().filter(t -> t.from() == state && state != null && !t.bySystem())
                .map(Transition::action).distinct().toList();
    }
}
