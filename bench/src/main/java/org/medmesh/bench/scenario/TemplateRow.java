package org.medmesh.bench.scenario;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A row the node really wrote, copied into a scratch table of the same definition ({@code CREATE TABLE ... LIKE}) with
 * a fresh key ({@code id}, or {@code seq} where the node numbers rows itself, and a fresh {@code intake_id}, unique in
 * the audit trail): raw JDBC inserts of exactly the rows the REST path writes, into the same database server.
 */
final class TemplateRow {

    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong(
            1_000_000_000L);

    private final String scratchTable;
    private final List<String> columns = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    private TemplateRow(String scratchTable) {
        this.scratchTable = scratchTable;
    }

    /**
     * Creates {@code bench_
     *
    <table>
     * } like {@code table} and reads the row {@code where} selects as the template.
     */
    static TemplateRow of(Connection db, String table, String where) throws SQLException {
        TemplateRow row = new TemplateRow("bench_" + table);
        try (Statement ddl = db.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS " + row.scratchTable);
            ddl.execute("CREATE TABLE " + row.scratchTable + " LIKE " + table);
        }
        try (Statement select = db.createStatement();
                ResultSet found = select.executeQuery("SELECT * FROM " + table + " WHERE " + where + " LIMIT 1")) {
            if (!found.next()) {
                throw new IllegalStateException("no " + table + " row to copy (" + where + ")");
            }
            ResultSetMetaData meta = found.getMetaData();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                if (!meta.isAutoIncrement(c)) {
                    row.columns.add(meta.getColumnName(c));
                    row.values.add(found.getObject(c));
                }
            }
        }
        return row;
    }

    /** Inserts a copy with a new {@code id} (the caller commits). */
    void insertCopy(Connection db) throws SQLException {
        String placeholders = String.join(",", java.util.Collections.nCopies(columns.size(), "?"));
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + scratchTable + " ("
                + String.join(",", columns) + ") VALUES (" + placeholders + ")")) {
            for (int c = 0; c < columns.size(); c++) {
                String column = columns.get(c);
                insert.setObject(c + 1, column.equals("id")
                        ? newId()
                        : column.equals("seq") || column.equals("intake_id") && values.get(c) != null
                                ? SEQUENCE.incrementAndGet()
                                : values.get(c));
            }
            insert.executeUpdate();
        }
    }

    /** Whether the node's database has the table (a scenario copies only the rows the node really writes). */
    static boolean exists(Connection db, String table) throws SQLException {
        try (ResultSet found = db.getMetaData().getTables(db.getCatalog(), null, table, null)) {
            return found.next();
        }
    }

    String table() {
        return scratchTable.substring("bench_".length());
    }

    void drop(Connection db) throws SQLException {
        try (Statement ddl = db.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS " + scratchTable);
        }
    }

    private static byte[] newId() {
        UUID id = UUID.randomUUID();
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }
}
