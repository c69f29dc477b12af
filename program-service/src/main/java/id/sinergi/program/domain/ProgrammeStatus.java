package id.sinergi.program.domain;

public enum ProgrammeStatus {
    DRAFT, OPEN, RUNNING, COMPLETED, CANCELLED;

    /** Whether WBP may be enrolled and take places. */
    public boolean acceptsEnrolments() {
        return this == OPEN || this == RUNNING;
    }
}
