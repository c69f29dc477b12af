package id.sinergi.liaison.domain;

import java.util.Set;

/**
 * One allowed move of a state machine: the action, from which state to which, the roles that may
 * take it (none: only the service itself, e.g. a scheduled escalation) and whether a reason must
 * be given.
 */
public record Transition<S extends Enum<S>>(String action, S from, S to, Set<String> roles, boolean reasonRequired,
                                            String description) {

    public boolean bySystem() {
        return roles.isEmpty();
    }
}
