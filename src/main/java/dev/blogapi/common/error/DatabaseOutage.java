package dev.blogapi.common.error;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.exception.GenericJDBCException;

/**
 * Tells a failure of the database itself (down, unreachable, restarting, frozen past its timeouts)
 * from one caused by the request: the first is a 503 the client may retry, never a 500.
 */
final class DatabaseOutage {

    static final int RETRY_AFTER_SECONDS = 5;

    // 57P01-03: the server is shutting down or starting; 57014: a statement timed out;
    // 53300: no connection slot left. Class 08 (connection exceptions) is checked as a class.
    private static final Set<String> UNAVAILABLE_STATES =
            Set.of("57P01", "57P02", "57P03", "57014", "53300");

    private DatabaseOutage() {}

    /** A one-line reason when {@code failure} is a database outage, else empty. */
    static Optional<String> describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // Hibernate says this only when the pool could hand out no connection at all, for
            // instance when opening one was given up on while the server did not answer.
            if (cause instanceof GenericJDBCException jdbc
                    && String.valueOf(jdbc.getMessage())
                            .startsWith("Unable to acquire JDBC Connection")) {
                return Optional.of("no connection could be had: " + firstLine(jdbc.getMessage()));
            }
            if (cause instanceof SQLException sql && isOutage(sql)) {
                return Optional.of(reason(sql));
            }
            if (cause instanceof SocketTimeoutException) {
                return Optional.of("no answer within the socket timeout");
            }
        }
        return Optional.empty();
    }

    private static boolean isOutage(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null) {
            return state.startsWith("08") || UNAVAILABLE_STATES.contains(state);
        }
        // The connection pool's own timeout carries no SQLState.
        return sql instanceof SQLTransientConnectionException
                || String.valueOf(sql.getMessage())
                        .toLowerCase(Locale.ROOT)
                        .contains("acquisition timeout");
    }

    private static String firstLine(String message) {
        return String.valueOf(message).lines().findFirst().orElse("");
    }

    private static String reason(SQLException sql) {
        String state = sql.getSQLState() == null ? "" : " [SQLState " + sql.getSQLState() + "]";
        return String.valueOf(sql.getMessage()).lines().findFirst().orElse("") + state;
    }
}
