package id.sinergi.program.domain;

/** Why a WBP missed a session: sick, refused, at court (sidang), on a police loan (bon), other. */
public enum AbsenceReason {
    SICK, REFUSED, COURT, LOAN, OTHER
}
