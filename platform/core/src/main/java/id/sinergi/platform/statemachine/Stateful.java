package id.sinergi.platform.statemachine;

/** A record whose state moves only along a {@link StateMachine}'s table, versioned for {@code If-Match}. */
public interface Stateful<S extends Enum<S>> {

    S currentState();

    /** The version its ETag is made from. */
    long version();
}
