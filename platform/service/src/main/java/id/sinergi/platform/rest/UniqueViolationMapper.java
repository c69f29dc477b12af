package id.sinergi.platform.rest;

import id.sinergi.platform.error.Problems;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Checks in a service catch the common conflicts with a clear message; two requests racing past
 * the same check meet the database's constraint instead, and the loser gets a 409 rather than a
 * 500. Services flush where this matters so the violation surfaces inside the request.
 */
public class UniqueViolationMapper {

    @ServerExceptionMapper
    public Response constraintViolated(ConstraintViolationException e) {
        if (e.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
            return ProblemMapper.response(e.getConstraintName() == null ? Problems.conflict("duplicate")
                    : Problems.conflict("duplicate.constraint", e.getConstraintName()));
        }
        return ProblemMapper.response(e.getConstraintName() == null ? Problems.conflict("constraint-violated")
                : Problems.conflict("constraint-violated.constraint", e.getConstraintName()));
    }
}
