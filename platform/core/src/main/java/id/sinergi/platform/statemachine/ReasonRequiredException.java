package id.sinergi.platform.statemachine;

/** The table requires a reason for the action and none was given (422, field {@code reason}). */
public class ReasonRequiredException extends RuntimeException {

    private final String action;

    public ReasonRequiredException(String action) {
        super("'" + action + "' needs a reason");
        this.action = action;
    }

    public String action() {
        return action;
    }
}
