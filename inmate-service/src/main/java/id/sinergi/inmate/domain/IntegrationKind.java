package id.sinergi.inmate.domain;

/**
 * The integration programmes (program integrasi) that take a Narapidana out into the community
 * under a Bapas's supervision until the sentence ends (UU 22/2022 Pasal 10; Permenkumham 3/2018 as
 * amended). Their conditions: {@code rules/integration-conditions.csv}, checked by
 * {@code IntegrationEligibility}.
 */
public enum IntegrationKind {
    /** Pembebasan bersyarat: parole after 2/3 of the term. */
    PB,
    /** Cuti bersyarat: conditional leave for short sentences. */
    CB,
    /** Cuti menjelang bebas: pre-release leave, as long as the last remission. */
    CMB
}
