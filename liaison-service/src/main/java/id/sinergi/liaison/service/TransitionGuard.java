package id.sinergi.liaison.service;

import id.sinergi.liaison.domain.StateMachine;
import id.sinergi.liaison.domain.Transition;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.error.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Checks an action against a state machine's table, in the order a client can act on: the
 * caller's role (403), the version the client read ({@code If-Match}: 428, 412), the state (409
 * listing the actions it allows), the role for this state (403), and a reason where the table
 * requires one (422).
 */
@ApplicationScoped
public class TransitionGuard {

    @Inject
    Caller caller;

    public <S extends Enum<S>> Transition<S> check(StateMachine<S> machine, String action, S state, String ifMatch,
                                                   long version, String reason) {
        if (!caller.hasAnyRole(machine.rolesFor(action))) {
            throw Problems.forbidden("'" + action + "' needs one of the roles " + machine.rolesFor(action));
        }
        ETags.requireMatch(ifMatch, version);
        Transition<S> transition = machine.find(action, state).orElseThrow(() ->
                Problems.transitionNotAllowed(action, state.name(), machine.allowedActions(state)));
        if (!caller.hasAnyRole(transition.roles())) {
            throw Problems.forbidden("'" + action + "' from " + state + " needs one of the roles " + transition.roles());
        }
        if (transition.reasonRequired() && (reason == null || reason.isBlank())) {
            throw Problems.invalidField("reason-required", "reason", "'" + action + "' needs a reason");
        }
        return transition;
    }
}
