package id.sinergi.program.domain;

/**
 * Reasons program-service gives itself when it ends enrolments: the WBP left the facility
 * (inmate events: released, transferred, died, or out on an integration, PB, CB or CMB, under a
 * Bapas), or the programme was cancelled or finished without them.
 */
public enum SystemReason {
    RELEASED, TRANSFERRED, DIED, INTEGRATION, PROGRAMME_CANCELLED, PROGRAMME_FINISHED
}
