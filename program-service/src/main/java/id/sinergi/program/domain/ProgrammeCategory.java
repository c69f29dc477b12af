package id.sinergi.program.domain;

/**
 * Kinds of pembinaan: personality programmes (religious … intellectual), vocational programmes
 * (kemandirian), and rehabilitation.
 */
public enum ProgrammeCategory {
    RELIGIOUS,
    NATIONAL_AWARENESS,
    LEGAL_AWARENESS,
    ARTS_AND_SPORT,
    INTELLECTUAL,
    VOCATIONAL,
    NARCOTICS_SOCIAL_REHABILITATION,
    NARCOTICS_MEDICAL_REHABILITATION,
    OTHER_REHABILITATION
}
