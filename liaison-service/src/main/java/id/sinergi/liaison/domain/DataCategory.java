package id.sinergi.liaison.domain;

/** What an information request asks for; the approval grants the full record, the fulfilment says what was given. */
public enum DataCategory {
    IDENTITY,
    OFFENCES_AND_SENTENCE,
    KEY_DATES,
    MOVEMENTS,
    RISK_ASSESSMENTS,
    PROGRAMMES,
    VISITS,
    TIMELINE
}
