package id.sinergi.platform.statemachine;

import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.concurrency.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Checks a person's action against a state machine, in the one order every service answers in:
 * <ol>
 *   <li>401: no valid token (before any of this, by the security layer);</li>
 *   <li>403: the caller has none of the roles that may take the action in any state;</li>
 *   <li>404: the record does not exist or is outside the caller's scope (the service's loader);</li>
 *   <li>428 / 412: no {@code If-Match}, or one naming another version;</li>
 *   <li>409: the record's state does not allow the action for the caller (with the allowed ones);</li>
 *   <li>422: a reason the table requires is missing; the service's own rules follow.</li>
 * </ol>
 * The order goes from what the caller can learn without the record to what needs its current
 * state, so no answer tells a caller more than an earlier check allowed.
 */
@ApplicationScoped
public class ActionGuard {

    private final Caller caller;

    @Inject
    public ActionGuard(Caller caller) {
        this.caller = caller;
    }

    /** The record that passed every check, and the row of the table the action takes. */
    public record Checked<R, S extends Enum<S>, C>(R record, Transition<S, C> transition) {

        public S target(S current) {
            return transition.target(current);
        }
    }

    /** Checks an action on a record whose conditions test the record itself. */
    public <R extends Stateful<S>, S extends Enum<S>> Checked<R, S, R> check(
            StateMachine<S, R> machine, String action, Supplier<R> load, String ifMatch, String reason) {
        return check(machine, action, load, Function.identity(), ifMatch, reason);
    }

    /**
     * Checks an action on a record; {@code subject} gives what the rows' conditions test.
     *
     * @param load finds the record in the caller's scope, or throws the service's 404
     */
    public <R extends Stateful<S>, S extends Enum<S>, C> Checked<R, S, C> check(
            StateMachine<S, C> machine, String action, Supplier<R> load, Function<? super R, ? extends C> subject,
            String ifMatch, String reason) {
        requireRole(machine, action);
        R record = load.get();
        ETags.requireMatch(ifMatch, record.version());
        Transition<S, C> transition = machine.transition(action, record.currentState(), subject.apply(record),
                caller::hasAnyRole);
        requireReason(transition, reason);
        return new Checked<>(record, transition);
    }

    /** Checks the action that creates a record: the role, then a reason if the table requires one. */
    public <S extends Enum<S>, C> Transition<S, C> checkCreation(StateMachine<S, C> machine, String action, C subject,
                                                                 String reason) {
        requireRole(machine, action);
        Transition<S, C> transition = machine.creation(action, subject);
        requireReason(transition, reason);
        return transition;
    }

    private void requireRole(StateMachine<?, ?> machine, String action) {
        Set<String> roles = machine.rolesFor(action);
        if (!caller.hasAnyRole(roles)) {
            throw new ActionForbiddenException(action, roles);
        }
    }

    private static void requireReason(Transition<?, ?> transition, String reason) {
        if (transition.reasonRequired() && (reason == null || reason.isBlank())) {
            throw new ReasonRequiredException(transition.action());
        }
    }

    /** A reason as it is kept: trimmed, and null when there is none. */
    public static String reason(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
