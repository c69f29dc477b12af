package id.sinergi.liaison;

import id.sinergi.local.DevTokens;
import id.sinergi.platform.auth.Roles;

/** A token per role, as the agencies' identity provider would issue them. */
final class TestTokens {
    static final String POLRES_OFFICER = DevTokens.mint("officer-7", Roles.POLRES_OFFICER, "POLRES", "POLRES-HSU");
    static final String POLRES_HEAD = DevTokens.mint("kapolres", Roles.POLRES_HEAD, "POLRES", "POLRES-HSU");
    static final String OTHER_UNIT_OFFICER = DevTokens.mint("officer-9", Roles.POLRES_OFFICER, "POLRES", "POLRES-BALANGAN");
    static final String LIAISON = DevTokens.mint("liaison-1", Roles.LAPAS_LIAISON, "LAPAS", "LAPAS-AMUNTAI");
    static final String LAPAS_HEAD = DevTokens.mint("kalapas", Roles.LAPAS_HEAD, "LAPAS", "LAPAS-AMUNTAI");
    static final String OTHER_LAPAS_LIAISON = DevTokens.mint("liaison-9", Roles.LAPAS_LIAISON, "LAPAS", "LAPAS-BARABAI");
    static final String SECURITY = DevTokens.mint("kamtib-1", Roles.LAPAS_SECURITY, "LAPAS", "LAPAS-AMUNTAI");
    static final String OTHER_LAPAS_SECURITY = DevTokens.mint("kamtib-9", Roles.LAPAS_SECURITY, "LAPAS", "LAPAS-BARABAI");
    static final String REGISTRAR = DevTokens.mint("registrar-1", Roles.LAPAS_REGISTRAR, "LAPAS", "LAPAS-AMUNTAI");
    static final String PROGRAM_OFFICER = DevTokens.mint("programs-1", Roles.LAPAS_PROGRAM_OFFICER, "LAPAS", "LAPAS-AMUNTAI");
    static final String AUDITOR = DevTokens.mint("auditor-1", Roles.AUDITOR, "LAPAS", "KANWIL-KALSEL");

    private TestTokens() {
    }
}
