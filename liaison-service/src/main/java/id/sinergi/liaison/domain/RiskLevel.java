package id.sinergi.liaison.domain;

/** A WBP's risk level, as inmate-service assesses it. */
public enum RiskLevel { LOW, MEDIUM, HIGH }
