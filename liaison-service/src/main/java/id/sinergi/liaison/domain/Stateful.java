package id.sinergi.liaison.domain;

/** A record whose state moves only along its {@link StateMachine}'s table. */
public interface Stateful<S extends Enum<S>> {

    StateMachine<S> machine();

    S currentState();

    void moveTo(S state);
}
