package id.sinergi.inmate.domain;

public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
