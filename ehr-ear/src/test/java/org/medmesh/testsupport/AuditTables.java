package org.medmesh.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The audit trail's tables as an insider with the schema owner's account sees them: the append-only triggers it can
 * drop before tampering, and put back afterwards (as the migrations made them).
 */
public final class AuditTables {

    /** The append-only tables and the message of their triggers. */
    private static final Map<String, String> APPEND_ONLY = Map.of("audit_event", "audit entries are append-only",
            "audit_exposure", "audit exposures are append-only");

    private AuditTables() {
    }

    public static void dropTriggers(Connection db) throws SQLException {
        for (String table : APPEND_ONLY.keySet()) {
            execute(db, "DROP TRIGGER " + table + "_no_update");
            execute(db, "DROP TRIGGER " + table + "_no_delete");
        }
    }

    public static void restoreTriggers(Connection db) throws SQLException {
        for (Map.Entry<String, String> table : APPEND_ONLY.entrySet()) {
            for (String change : List.of("update", "delete")) {
                execute(db, "CREATE TRIGGER IF NOT EXISTS " + table.getKey() + "_no_" + change + " BEFORE "
                        + change.toUpperCase(Locale.ROOT) + " ON " + table.getKey() + " FOR EACH ROW SIGNAL SQLSTATE "
                        + "'45000' SET MESSAGE_TEXT = '" + table.getValue() + "'");
            }
        }
    }

    public static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
