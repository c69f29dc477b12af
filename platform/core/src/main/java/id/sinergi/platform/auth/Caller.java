package id.sinergi.platform.auth;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Arrays;

/**
 * Who is calling, from the verified token: subject, roles, and the {@code agency} and {@code unit}
 * claims of docs/security.md.
 */
@RequestScoped
public class Caller {

    public static final String AGENCY_CLAIM = "agency";
    public static final String UNIT_CLAIM = "unit";
    public static final String LAPAS = "LAPAS";
    public static final String POLRES = "POLRES";
    /** The regional office: an auditor of this agency audits the whole region, not one facility. */
    public static final String KANWIL = "KANWIL";

    @Inject
    SecurityIdentity identity;

    public String subject() {
        return identity.getPrincipal().getName();
    }

    public boolean hasAnyRole(String... roles) {
        return Arrays.stream(roles).anyMatch(identity::hasRole);
    }

    public boolean hasAnyRole(java.util.Collection<String> roles) {
        return roles.stream().anyMatch(identity::hasRole);
    }

    /** Polres roles see the basic view of a WBP unless a grant says otherwise. */
    public boolean isPolice() {
        return hasAnyRole(Roles.POLRES_OFFICER, Roles.POLRES_HEAD) && !hasAnyRole(Roles.LAPAS_ROLES);
    }

    /**
     * Reads across the region: a Kanwil officer, or an auditor of the Kanwil. An auditor of a facility
     * (agency {@code LAPAS}, unit its facility) is held to that facility like its staff.
     */
    public boolean isRegional() {
        return hasAnyRole(Roles.KANWIL_OFFICER) || (hasAnyRole(Roles.AUDITOR) && KANWIL.equals(agency()));
    }

    /**
     * The one facility a caller is held to: the token's {@code unit} for Lapas staff and facility
     * auditors, empty for Polres, the Kanwil and admins. A Lapas token without a unit is held to ""
     * and so sees nothing.
     */
    public java.util.Optional<String> facilityScope() {
        boolean heldToFacility = hasAnyRole(Roles.LAPAS_ROLES) || (hasAnyRole(Roles.AUDITOR) && !isRegional());
        if (!heldToFacility) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(unit() == null ? "" : unit());
    }

    public String agency() {
        return claim(AGENCY_CLAIM);
    }

    public String unit() {
        return claim(UNIT_CLAIM);
    }

    private String claim(String name) {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token) {
            Object value = token.getClaim(name);
            return value == null ? null : value.toString().replace("\"", "");
        }
        return null;
    }
}
