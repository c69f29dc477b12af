package id.sinergi.liaison.domain;

/**
 * What an information request asks for; an approval opens only these sections of the WBP's record
 * (issue 21 point 6, purpose-bound access: UU 27/2022 on personal data protection, Pasal 16 ayat (2), purpose limitation),
 * the fulfilment says what was handed over. Each category is one that can be served: visits are not
 * (nothing serves them), and movements and the timeline are one section.
 */
public enum DataCategory {
    IDENTITY,
    OFFENCES_AND_SENTENCE,
    KEY_DATES,
    MOVEMENTS_AND_TIMELINE,
    RISK_ASSESSMENTS,
    PROGRAMMES
}
