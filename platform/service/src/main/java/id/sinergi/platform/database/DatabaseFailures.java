package id.sinergi.platform.database;

import org.hibernate.JDBCException;
import org.hibernate.exception.JDBCConnectionException;

import java.sql.SQLException;
import java.util.Optional;

/** Tells a database that is away from a request or an event the database refused. */
public final class DatabaseFailures {

    /** The message Hibernate gives every failure to get a connection from the pool. */
    private static final String ACQUIRE = "Unable to acquire JDBC Connection";

    private DatabaseFailures() {
    }

    /**
     * True when the failure, or one of its causes, says the database cannot be reached: no
     * connection to be had (refused, stopped, restarting, not accepting connections), or a
     * connection cut under the work.
     */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof JDBCConnectionException
                    || cause instanceof JDBCException && String.valueOf(cause.getMessage()).startsWith(ACQUIRE)
                    || cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The SQL state of the first SQLException among the causes that has one. */
    public static Optional<String> sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }

    /**
     * Class 08 (connection exception), 57P01–57P03 (administrator or crash shutdown, cannot connect
     * now) and 53300 (too many connections). A database that refuses connections (55000) shows as a
     * failure to acquire one.
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"));
    }
}
