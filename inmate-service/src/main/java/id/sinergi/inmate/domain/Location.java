package id.sinergi.inmate.domain;

/** Where a WBP in custody physically is. */
public enum Location {
    IN_FACILITY,
    /** At a court hearing (sidang). */
    COURT,
    /** Borrowed by the police for investigation (bon / peminjaman). */
    POLICE_LOAN,
    /** At a hospital or clinic outside the facility. */
    MEDICAL
}
