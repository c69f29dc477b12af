package id.sinergi.program.domain;

/**
 * Reasons program-service gives itself when it ends enrolments: the WBP left the facility
 * (inmate events), or the programme was cancelled or finished without them.
 */
public enum SystemReason {
    RELEASED, TRANSFERRED, DIED, PROGRAMME_CANCELLED, PROGRAMME_FINISHED
}
