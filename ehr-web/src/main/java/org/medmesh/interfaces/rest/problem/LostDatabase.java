package org.medmesh.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

/**
 * A request that failed because the hospital's database could not be reached (between two probes of the node's
 * condition): a 503 problem {@code database-unreachable} like the ones answered while the node knows it is degraded.
 * Its transaction did not commit, so nothing was changed.
 */
public final class LostDatabase {

    /** SQL state class 08: connection exception (ISO/IEC 9075). */
    private static final String CONNECTION_EXCEPTION = "08";
    private static final String RETRY_AFTER_SECONDS = "10";

    private LostDatabase() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
                return true;
            }
        }
        return false;
    }

    static Response problem() {
        return Response
                .fromResponse(Problem.response(503, "database-unreachable", "The hospital's database cannot be reached",
                        "Nothing was changed. Send the request again when the database is back (GET /health/ready).",
                        Map.of("cause", "database-unreachable")))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
