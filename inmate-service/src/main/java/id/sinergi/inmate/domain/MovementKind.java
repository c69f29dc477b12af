package id.sinergi.inmate.domain;

/** Why a WBP leaves the facility for a while and comes back. */
public enum MovementKind {
    COURT(Location.COURT),
    POLICE_LOAN(Location.POLICE_LOAN),
    MEDICAL(Location.MEDICAL);

    private final Location location;

    MovementKind(Location location) {
        this.location = location;
    }

    public Location location() {
        return location;
    }
}
