package id.sinergi.platform.rest;

import id.sinergi.platform.database.DatabaseFailures;
import id.sinergi.platform.error.ProblemTypes;
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
            return ProblemMapper.httpProblem(Problems.problem(503, ProblemTypes.DATABASE_UNAVAILABLE, "Service Unavailable",
                            "the service cannot reach its database at the moment; retry later")
                    .withHeader("Retry-After", RETRY_AFTER_SECONDS)
                    .build());
        }
        return DatabaseFailures.sqlState(e).filter(state -> state.startsWith("22"))
                .map(state -> ProblemMapper.httpProblem(Problems.badRequest(switch (state) {
                    case "22021" -> "a text contains a character that cannot be stored (such as NUL, U+0000)";
                    case "22001" -> "a text is longer than its field allows";
                    case "22003" -> "a number is out of the range its field allows";
                    default -> "a value cannot be stored as given";
                })))
                .orElseGet(() -> HttpProblem.valueOf(Response.Status.INTERNAL_SERVER_ERROR));
    }
}
