package id.sinergi.platform.statemachine;

import java.util.Set;

/**
 * One row of a state machine's table: from a state ({@code null} for the action that creates the
 * record) an action leads to a state ({@code null}: the state stays, as for a risk assessment),
 * when its condition holds. Staff with one of {@code roles} make it; no roles means only the
 * service itself does (a promotion from a waiting list, an escalation on a schedule).
 */
public record Transition<S extends Enum<S>, C>(S from, String action, S to, Set<String> roles, boolean reasonRequired,
                                               Condition<C> condition, String description) {

    public Transition {
        roles = Set.copyOf(roles);
    }

    /** Starts a row: {@code from(ACTIVE).on("suspend").to(SUSPENDED).by(STAFF).withReason().because("…")}. */
    public static <S extends Enum<S>> Builder<S> from(S from) {
        return new Builder<>(from);
    }

    /** Starts the row of the action that creates a record. */
    public static <S extends Enum<S>> Builder<S> creation() {
        return new Builder<>(null);
    }

    public boolean bySystem() {
        return roles.isEmpty();
    }

    public boolean createsRecord() {
        return from == null;
    }

    /** The state after this transition from {@code current}. */
    public S target(S current) {
        return to == null ? current : to;
    }

    public static final class Builder<S extends Enum<S>> {
        private final S from;
        private String action;
        private S to;
        private Set<String> roles = Set.of();
        private boolean reasonRequired;

        private Builder(S from) {
            this.from = from;
        }

        public Builder<S> on(String action) {
            this.action = action;
            return this;
        }

        public Builder<S> to(S to) {
            this.to = to;
            return this;
        }

        /** Leaves the state as it is. */
        public Builder<S> stays() {
            this.to = null;
            return this;
        }

        public Builder<S> by(Set<String> roles) {
            this.roles = roles;
            return this;
        }

        public Builder<S> bySystem() {
            this.roles = Set.of();
            return this;
        }

        public Builder<S> withReason() {
            this.reasonRequired = true;
            return this;
        }

        public <C> Transition<S, C> because(String description) {
            return when(Condition.always(), description);
        }

        public <C> Transition<S, C> when(Condition<C> condition, String description) {
            if (action == null) {
                throw new IllegalStateException("a transition needs an action");
            }
            return new Transition<>(from, action, to, roles, reasonRequired, condition, description);
        }
    }
}
