package id.sinergi.platform.statemachine;

import java.util.Set;

/** The caller has none of the roles that may take the action in any state (403). */
public class ActionForbiddenException extends RuntimeException {

    private final String action;
    private final Set<String> roles;

    public ActionForbiddenException(String action, Set<String> roles) {
        super(roles.isEmpty() ? "'" + action + "' is taken by the service itself, not by a person"
                : "'" + action + "' needs one of the roles " + roles);
        this.action = action;
        this.roles = roles;
    }

    public String action() {
        return action;
    }

    public Set<String> roles() {
        return roles;
    }
}
