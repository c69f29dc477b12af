package id.sinergi.platform.auth;

/**
 * The roles of docs/security.md, as they arrive in the token's {@code groups} claim. Resources name these
 * constants in {@code @RolesAllowed}; nothing else spells a role.
 */
public final class Roles {

    public static final String LAPAS_REGISTRAR = "lapas-registrar";
    public static final String LAPAS_PROGRAM_OFFICER = "lapas-program-officer";
    public static final String LAPAS_SECURITY = "lapas-security";
    public static final String LAPAS_LIAISON = "lapas-liaison";
    public static final String LAPAS_HEAD = "lapas-head";
    public static final String POLRES_OFFICER = "polres-officer";
    public static final String POLRES_HEAD = "polres-head";
    public static final String AUDITOR = "auditor";
    /** The regional office (Kanwil): reads across every facility and Polres unit of its region. */
    public static final String KANWIL_OFFICER = "kanwil-officer";
    /** Keeps the region's directories (facilities, Polres units); no access to people's records. */
    public static final String SINERGI_ADMIN = "sinergi-admin";

    /** Every role of the facility's staff. */
    public static final String[] LAPAS_ROLES = {
            LAPAS_REGISTRAR, LAPAS_PROGRAM_OFFICER, LAPAS_SECURITY, LAPAS_LIAISON, LAPAS_HEAD};

    private Roles() {
    }
}
