package id.sinergi.program.domain;

public enum EnrolmentState {
    REQUESTED, WAITLISTED, ACTIVE, SUSPENDED, COMPLETED, WITHDRAWN, ENDED;

    /** Not finished: the WBP is still in, or waiting for, the programme. */
    public boolean isOpen() {
        return this == REQUESTED || this == WAITLISTED || this == ACTIVE || this == SUSPENDED;
    }

    /** Takes one of the programme's places: a suspended WBP keeps theirs, so resuming always succeeds. */
    public boolean holdsPlace() {
        return this == ACTIVE || this == SUSPENDED;
    }
}
