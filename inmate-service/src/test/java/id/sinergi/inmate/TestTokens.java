package id.sinergi.inmate;

import id.sinergi.local.DevTokens;
import id.sinergi.platform.auth.Roles;

final class TestTokens {
    static final String REGISTRAR = DevTokens.mint("registrar-1", Roles.LAPAS_REGISTRAR, "LAPAS", "LAPAS-AMUNTAI");
    static final String POLRES_OFFICER = DevTokens.mint("officer-1", Roles.POLRES_OFFICER, "POLRES", "POLRES-HSU");

    private TestTokens() {
    }
}
