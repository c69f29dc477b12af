package id.sinergi.inmate.domain;

/**
 * Where a WBP stands, as the state machine of the record sees it ({@link InmateMachine}): held in
 * the facility, away for a while (court, police loan, medical care), or gone from the register.
 * Derived from the stored {@link InmateStatus} and {@link Location}; a 409 names it as {@code state}.
 */
public enum InmateState {
    /** In custody, inside the facility. */
    IN_FACILITY(InmateStatus.IN_CUSTODY, Location.IN_FACILITY),
    /** In custody, at a court hearing (sidang). */
    AT_COURT(InmateStatus.IN_CUSTODY, Location.COURT),
    /** In custody, borrowed by the police (bon / peminjaman). */
    ON_POLICE_LOAN(InmateStatus.IN_CUSTODY, Location.POLICE_LOAN),
    /** In custody, at a hospital or clinic outside the facility. */
    AT_MEDICAL(InmateStatus.IN_CUSTODY, Location.MEDICAL),
    /** In integration (PB, CB, CMB) under a Bapas until the sentence ends; the stay stays open. */
    IN_INTEGRATION(InmateStatus.IN_INTEGRATION, null),
    /** Escaped from custody (from the facility, a court, a police loan or a hospital); the stay stays open. */
    ESCAPED(InmateStatus.ESCAPED, null),
    /** On the way to another facility of the region (mutasi); the stay stays open until the arrival. */
    IN_TRANSIT(InmateStatus.IN_TRANSIT, null),
    /** Released; the record stays. */
    RELEASED(InmateStatus.RELEASED, null),
    /** Transferred out of the region (mutasi); the stay ended, the record stays. */
    TRANSFERRED(InmateStatus.TRANSFERRED, null);

    private final InmateStatus status;
    private final Location location;

    InmateState(InmateStatus status, Location location) {
        this.status = status;
        this.location = location;
    }

    public InmateStatus status() {
        return status;
    }

    /** Where a WBP in this state is; null once they escaped or left the register (the last location is kept). */
    public Location location() {
        return location;
    }

    public boolean inCustody() {
        return status == InmateStatus.IN_CUSTODY;
    }

    public static InmateState of(InmateStatus status, Location location) {
        return switch (status) {
            case IN_INTEGRATION -> IN_INTEGRATION;
            case ESCAPED -> ESCAPED;
            case IN_TRANSIT -> IN_TRANSIT;
            case RELEASED -> RELEASED;
            case TRANSFERRED -> TRANSFERRED;
            case IN_CUSTODY -> switch (location) {
                case IN_FACILITY -> IN_FACILITY;
                case COURT -> AT_COURT;
                case POLICE_LOAN -> ON_POLICE_LOAN;
                case MEDICAL -> AT_MEDICAL;
            };
        };
    }

    /** The state a movement out of the facility leads to. */
    public static InmateState awayFor(MovementKind kind) {
        return of(InmateStatus.IN_CUSTODY, kind.location());
    }
}
