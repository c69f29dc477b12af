package id.sinergi.platform.statemachine;

import java.util.List;

/** The record's state does not allow the action (409, with the actions it does allow). */
public class TransitionNotAllowedException extends RuntimeException {

    private final String action;
    private final String state;
    private final List<String> allowedActions;

    public TransitionNotAllowedException(String action, Enum<?> state, List<String> allowedActions) {
        this(action, state == null ? "NONE" : state.name(), allowedActions);
    }

    public TransitionNotAllowedException(String action, String state, List<String> allowedActions) {
        super("'" + action + "' is not allowed from " + state + "; allowed: " + allowedActions);
        this.action = action;
        this.state = state;
        this.allowedActions = List.copyOf(allowedActions);
    }

    public String action() {
        return action;
    }

    public String state() {
        return state;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
