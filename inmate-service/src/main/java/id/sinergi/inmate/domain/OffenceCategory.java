package id.sinergi.inmate.domain;

/**
 * What kind of offence an offence is, as liaison's notification rule and programme eligibility name
 * it. The first five are the categories liaison-service already knows; PROPERTY_CRIME, MONEY_LAUNDERING,
 * HUMAN_TRAFFICKING and DOMESTIC_VIOLENCE were added so that theft, embezzlement, fraud and the special
 * laws on money laundering, trafficking and domestic violence have a home; OTHER is every article the
 * table (rules/offence-categories.csv) does not know.
 */
public enum OffenceCategory {
    NARCOTICS,
    TERRORISM,
    CORRUPTION,
    SEXUAL_VIOLENCE,
    VIOLENT_CRIME,
    PROPERTY_CRIME,
    MONEY_LAUNDERING,
    HUMAN_TRAFFICKING,
    DOMESTIC_VIOLENCE,
    OTHER
}
