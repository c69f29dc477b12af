package id.sinergi.platform.error;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.hibernate.JDBCException;
import org.hibernate.exception.JDBCConnectionException;

import java.sql.SQLException;
import java.util.Optional;

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

    /** The message Hibernate gives every failure to get a connection from the pool. */
    private static final String ACQUIRE = "Unable to acquire JDBC Connection";

    @Override
    protected HttpProblem toProblem(JDBCException e) {
        if (isUnavailable(e)) {
            return Problems.problem(503, "database-unavailable", "Service Unavailable",
                            "the service cannot reach its database at the moment; retry later")
                    .withHeader("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        return sqlState(e).filter(state -> state.startsWith("22"))
                .map(state -> Problems.badRequest(switch (state) {
                    case "22021" -> "a text contains a character that cannot be stored (such as NUL, U+0000)";
                    case "22001" -> "a text is longer than its field allows";
                    case "22003" -> "a number is out of the range its field allows";
                    default -> "a value cannot be stored as given";
                }))
                .orElseGet(() -> HttpProblem.valueOf(Response.Status.INTERNAL_SERVER_ERROR));
    }

    static boolean isUnavailable(JDBCException e) {
        return e instanceof JDBCConnectionException || String.valueOf(e.getMessage()).startsWith(ACQUIRE)
                || sqlState(e).filter(DatabaseProblemMapper::isConnectionState).isPresent();
    }

    /** The SQL state of the first SQLException in the causes that has one. */
    private static Optional<String> sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    /**
     * Class 08 (connection exception), 57P01–57P03 (administrator or crash shutdown, cannot connect
     * now) and 53300 (too many connections). A database that refuses connections (55000) shows as a
     * failure to acquire one.
     */
    private static boolean isConnectionState(String state) {
        return state.startsWith("08") || state.startsWith("57P") || state.equals("53300");
    }
}
