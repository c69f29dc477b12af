package id.sinergi.program.domain;

import java.util.Set;

/**
 * One row of a state machine's table: from a state (null for the creation), an action leads to a
 * state, when its condition holds. Staff with one of {@code roles} make it; no roles means only
 * the system does (promotion from the waiting list, endings on release).
 */
public record Transition<S extends Enum<S>>(S from, String action, S to, Set<String> roles, boolean reasonRequired,
                                            Condition condition, String description) {

    public boolean bySystem() {
        return roles.isEmpty();
    }
}
