package org.medmesh.platform.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the application's own database account may do at run time, granted by the schema owner to that account's default
 * role after every migration (so a table added by a later migration is covered too): read, insert, update and delete
 * rows of the working tables; only read and append to the audit trail (and clear the intake of records already
 * chained); read the migration history. No DDL, no triggers, no grants. MariaDB grants to a role need no host, which is
 * why the runtime account works through one.
 */
final class RuntimePrivileges {

    /** Tables whose rows the runtime account must not change or remove, with what it may do instead. */
    private static final Map<String, String> RESTRICTED = Map.of(
            "audit_event", "SELECT, INSERT",
            "audit_exposure", "SELECT, INSERT",
            "audit_intake", "SELECT, INSERT, DELETE",
            "audit_peer_checkpoint", "SELECT, INSERT",
            "audit_chain_head", "SELECT, UPDATE",
            "flyway_schema_history", "SELECT");
    private static final String WORKING = "SELECT, INSERT, UPDATE, DELETE";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private RuntimePrivileges() {
    }

    /** The default role of the connection's account; the runtime account must have one. */
    static String roleOf(Connection runtime) throws SQLException {
        try (Statement query = runtime.createStatement(); ResultSet row = query.executeQuery("SELECT CURRENT_ROLE()")) {
            String role = row.next() ? row.getString(1) : null;
            if (role == null || !IDENTIFIER.matcher(role).matches()) {
                throw new IllegalStateException("hospital.db.owner.user is set, but the runtime account "
                        + "(hospital.db.user) has no default role to grant its privileges to: create a role, grant "
                        + "it to the account and make it the default (SET DEFAULT ROLE); see docs/privacy.md");
            }
            return role;
        }
    }

    /** Grants the role its privileges on every table of the owner's current database; returns how many tables. */
    static int grant(Connection owner, String role) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = owner.prepareStatement("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_type IN ('BASE TABLE', 'SEQUENCE')");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        try (Statement grant = owner.createStatement()) {
            for (String table : tables) {
                if (!IDENTIFIER.matcher(table).matches()) {
                    throw new IllegalStateException("unexpected table name in the hospital database: " + table);
                }
                grant.addBatch("GRANT " + RESTRICTED.getOrDefault(table, WORKING) + " ON `" + table + "` TO `"
                        + role + "`");
            }
            grant.executeBatch();
        }
        return tables.size();
    }
}
