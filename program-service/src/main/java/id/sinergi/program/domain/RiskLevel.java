package id.sinergi.program.domain;

/** The WBP's risk level as inmate-service assesses it. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH
}
