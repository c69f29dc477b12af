package id.sinergi.inmate.domain;

/** Why an additional or a humanitarian remission is granted; each ground belongs to one type. */
public enum RemissionGround {
    /** Berbuat jasa kepada negara, or an act useful to the state or to humanity: 1/2 of the year's general remission. */
    SERVICE_TO_STATE(RemissionType.ADDITIONAL),
    /** Helping the facility's coaching as a pemuka: 1/3 of the year's general remission. */
    PEMUKA(RemissionType.ADDITIONAL),
    /** Sentenced to at most one year. */
    SHORT_SENTENCE(RemissionType.HUMANITARIAN),
    /** Older than 70 on the day of the grant. */
    AGE_OVER_70(RemissionType.HUMANITARIAN),
    /** A long illness (sakit berkepanjangan), as the decree states. */
    LONG_ILLNESS(RemissionType.HUMANITARIAN);

    private final RemissionType type;

    RemissionGround(RemissionType type) {
        this.type = type;
    }

    public RemissionType type() {
        return type;
    }
}
