package id.sinergi.platform.testing;

import id.sinergi.local.DevTokens;
import id.sinergi.platform.auth.Roles;

/**
 * A token per role, as the agencies' identity provider would issue them (minted with the
 * DEVELOPMENT-ONLY key by sinergi-local's {@link DevTokens}): Lapas staff of Lapas Amuntai, officers
 * of Polres Hulu Sungai Utara, an auditor of the regional office, and a colleague of another
 * facility or unit for the tests of scope. One set for every module's tests; a test that needs
 * other claims mints its own with DevTokens.
 */
public final class TestTokens {

    public static final String FACILITY = "LAPAS-AMUNTAI";
    public static final String OTHER_FACILITY = "LAPAS-BARABAI";
    public static final String POLRES_UNIT = "POLRES-HSU";
    public static final String OTHER_POLRES_UNIT = "POLRES-BALANGAN";

    public static final String REGISTRAR = lapas("registrar-1", Roles.LAPAS_REGISTRAR);
    public static final String OTHER_REGISTRAR = lapas("registrar-2", Roles.LAPAS_REGISTRAR);
    public static final String PROGRAM_OFFICER = lapas("programs-1", Roles.LAPAS_PROGRAM_OFFICER);
    public static final String SECURITY = lapas("kamtib-1", Roles.LAPAS_SECURITY);
    public static final String LIAISON = lapas("liaison-1", Roles.LAPAS_LIAISON);
    public static final String LAPAS_HEAD = lapas("kalapas", Roles.LAPAS_HEAD);
    public static final String OTHER_LAPAS_SECURITY = DevTokens.mint("kamtib-9", Roles.LAPAS_SECURITY, "LAPAS", OTHER_FACILITY);
    public static final String OTHER_LAPAS_LIAISON = DevTokens.mint("liaison-9", Roles.LAPAS_LIAISON, "LAPAS", OTHER_FACILITY);

    public static final String POLRES_OFFICER = polres("officer-7", Roles.POLRES_OFFICER);
    public static final String OTHER_POLRES_OFFICER = polres("officer-8", Roles.POLRES_OFFICER);
    public static final String POLRES_HEAD = polres("kapolres", Roles.POLRES_HEAD);
    public static final String OTHER_UNIT_OFFICER = DevTokens.mint("officer-9", Roles.POLRES_OFFICER, "POLRES", OTHER_POLRES_UNIT);

    public static final String REGION = "KANWIL-KALSEL";
    /** An auditor of the regional office: reads the whole region. */
    public static final String AUDITOR = DevTokens.mint("auditor-1", Roles.AUDITOR, "KANWIL", REGION);
    /** An auditor of Lapas Amuntai only. */
    public static final String FACILITY_AUDITOR = lapas("auditor-amt", Roles.AUDITOR);
    public static final String KANWIL_OFFICER = DevTokens.mint("kanwil-1", Roles.KANWIL_OFFICER, "KANWIL", REGION);
    public static final String ADMIN = DevTokens.mint("admin-1", Roles.SINERGI_ADMIN, "KANWIL", REGION);

    /** Staff of another facility of the region, for the tests of facility scope. */
    public static final String OTHER_FACILITY_REGISTRAR = DevTokens.mint("registrar-9", Roles.LAPAS_REGISTRAR, "LAPAS", OTHER_FACILITY);
    public static final String OTHER_FACILITY_PROGRAM_OFFICER = DevTokens.mint("programs-9", Roles.LAPAS_PROGRAM_OFFICER, "LAPAS", OTHER_FACILITY);
    public static final String OTHER_FACILITY_HEAD = DevTokens.mint("kalapas-9", Roles.LAPAS_HEAD, "LAPAS", OTHER_FACILITY);
    public static final String OTHER_FACILITY_AUDITOR = DevTokens.mint("auditor-9", Roles.AUDITOR, "LAPAS", OTHER_FACILITY);
    public static final String OTHER_POLRES_HEAD = DevTokens.mint("kapolres-9", Roles.POLRES_HEAD, "POLRES", OTHER_POLRES_UNIT);

    /** The programme officer by the name program-service's tests use. */
    public static final String OFFICER = PROGRAM_OFFICER;
    /** The head of the facility by the name inmate- and program-service's tests use. */
    public static final String HEAD = LAPAS_HEAD;

    private TestTokens() {
    }

    private static String lapas(String subject, String role) {
        return DevTokens.mint(subject, role, "LAPAS", FACILITY);
    }

    private static String polres(String subject, String role) {
        return DevTokens.mint(subject, role, "POLRES", POLRES_UNIT);
    }
}
