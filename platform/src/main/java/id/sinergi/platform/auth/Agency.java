package id.sinergi.platform.auth;

/** The {@code agency} claim: which side of the cooperation the caller works for. */
public enum Agency {
    LAPAS,
    POLRES
}
