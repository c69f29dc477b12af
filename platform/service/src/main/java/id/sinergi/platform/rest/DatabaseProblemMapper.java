package id.sinergi.platform.rest;

import id.sinergi.platform.database.DatabaseFailures;
import id.sinergi.platform.error.Problems;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.hibernate.JDBCException;

/**
 * Database failures that are not bugs of the service. Its database being away (stopped,
 * restarting, refusing connections, a connection cut under a request) makes the service
 * unavailable for a while: 503 with {@code Retry-After}, as the gateway answers when a whole
 * service is down, so the caller retries the same request (with its {@code Idempotency-Key}). A
 * value PostgreSQL cannot store (a NUL character in a text, a number beyond its column) is bad
 * input that Bean Validation cannot see: 400. Every other database failure stays a 500.
 */
@Provider
public class DatabaseProblemMapper extends ExceptionMapperBase<JDBCException> {

    static final int RETRY_AFTER_SECONDS = 5;

    @Override
    protected HttpProblem toProblem(JDBCException e) {
        if (DatabaseFailures.isUnavailable(e)) {
            return ProblemMapper.httpProblem(Problems.problem(503, "database-unavailable")
                    .withHeader("Retry-After", RETRY_AFTER_SECONDS)
                    .build());
        }
        return DatabaseFailures.sqlState(e).filter(state -> state.startsWith("22"))
                .map(state -> ProblemMapper.httpProblem(switch (state) {
                    case "22021" -> Problems.badRequest("character-not-storable");
                    case "22001" -> Problems.badRequest("text-too-long");
                    case "22003" -> Problems.badRequest("number-out-of-range");
                    default -> Problems.badRequest("value-not-storable");
                }))
                .orElseGet(() -> HttpProblem.valueOf(Response.Status.INTERNAL_SERVER_ERROR));
    }
}
