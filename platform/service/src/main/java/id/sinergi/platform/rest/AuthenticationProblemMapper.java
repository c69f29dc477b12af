package id.sinergi.platform.rest;

import id.sinergi.platform.error.Problems;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 for a missing, malformed, expired, wrongly signed or wrong-issuer token, as problem+json with
 * a {@code WWW-Authenticate} challenge. (The Quarkiverse extension's own mapper for these fails on
 * this Quarkus version, so this one takes precedence.)
 */
public class AuthenticationProblemMapper {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unauthorized(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response completionFailed(AuthenticationCompletionException e) {
        return unauthorized();
    }

    private static Response unauthorized() {
        return ProblemMapper.response(Problems.unauthorized());
    }
}
