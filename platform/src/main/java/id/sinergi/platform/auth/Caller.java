package id.sinergi.platform.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/** Who is calling, read from the verified token: subject, roles, agency and unit. */
@RequestScoped
public class Caller {

    public static final String AGENCY_CLAIM = "agency";
    public static final String UNIT_CLAIM = "unit";

    @Inject
    JsonWebToken token;

    public String subject() {
        return token.getSubject();
    }

    public boolean hasRole(String role) {
        return token.getGroups().contains(role);
    }

    public Optional<Agency> agency() {
        String claim = token.getClaim(AGENCY_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Agency.valueOf(claim));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Optional<String> unit() {
        return Optional.ofNullable(token.getClaim(UNIT_CLAIM));
    }
}
