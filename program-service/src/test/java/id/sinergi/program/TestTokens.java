package id.sinergi.program;

import id.sinergi.local.DevTokens;
import id.sinergi.platform.auth.Roles;

/** A token per role, as the agencies' identity provider would issue them. */
final class TestTokens {
    static final String OFFICER = DevTokens.mint("programs-1", Roles.LAPAS_PROGRAM_OFFICER, "LAPAS", "LAPAS-AMUNTAI");
    static final String HEAD = DevTokens.mint("kalapas", Roles.LAPAS_HEAD, "LAPAS", "LAPAS-AMUNTAI");
    static final String REGISTRAR = DevTokens.mint("registrar-1", Roles.LAPAS_REGISTRAR, "LAPAS", "LAPAS-AMUNTAI");
    static final String SECURITY = DevTokens.mint("security-1", Roles.LAPAS_SECURITY, "LAPAS", "LAPAS-AMUNTAI");
    static final String LIAISON = DevTokens.mint("liaison-1", Roles.LAPAS_LIAISON, "LAPAS", "LAPAS-AMUNTAI");
    static final String AUDITOR = DevTokens.mint("auditor-1", Roles.AUDITOR, "LAPAS", "KANWIL-KALSEL");
    static final String POLRES_OFFICER = DevTokens.mint("officer-7", Roles.POLRES_OFFICER, "POLRES", "POLRES-HSU");
    static final String POLRES_HEAD = DevTokens.mint("kapolres", Roles.POLRES_HEAD, "POLRES", "POLRES-HSU");

    private TestTokens() {
    }
}
