package org.medmesh.bench.scenario;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.medmesh.bench.network.HospitalNode;

/**
 * The read path's limit: a patient row by its primary key in plain JDBC on the node's database, every column of the
 * table named in the statement and read. Each worker has its own connection and its statement prepared once.
 */
final class RawKeyReads implements AutoCloseable {

    private final List<Connection> connections = new ArrayList<>();
    private final List<PreparedStatement> statements = new ArrayList<>();

    private RawKeyReads() {
    }

    /** One connection and one prepared {@code SELECT ... FROM patient WHERE id = ?} per worker. */
    static RawKeyReads open(HospitalNode node, int workers) throws SQLException {
        RawKeyReads reads = new RawKeyReads();
        try {
            for (int w = 0; w < workers; w++) {
                Connection db = node.connect();
                reads.connections.add(db);
                reads.statements.add(db.prepareStatement("SELECT " + String.join(", ", columns(db))
                        + " FROM patient WHERE id = ?"));
            }
        } catch (SQLException | RuntimeException e) {
            reads.close();
            throw e;
        }
        return reads;
    }

    /** Reads the row of the patient with this key on the worker's connection; fails when there is none. */
    void read(int worker, byte[] key) throws SQLException {
        PreparedStatement select = statements.get(worker);
        select.setBytes(1, key);
        try (ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                ByteBuffer id = ByteBuffer.wrap(key);
                throw new SQLException("no patient row with id " + new UUID(id.getLong(), id.getLong()));
            }
            int columns = row.getMetaData().getColumnCount();
            for (int c = 1; c <= columns; c++) {
                row.getObject(c);
            }
        }
    }

    /** A patient id as the node stores it ({@code BINARY(16)}, most significant byte first). */
    static byte[] key(String patientId) {
        UUID id = UUID.fromString(patientId);
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }

    /** The patient table's columns in the database's order, so a column a later migration adds is read too. */
    private static List<String> columns(Connection db) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND table_name = 'patient' ORDER BY ordinal_position");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                columns.add("`" + rows.getString(1) + "`");
            }
        }
        if (columns.isEmpty()) {
            throw new SQLException("the node's database has no patient table");
        }
        return columns;
    }

    @Override
    public void close() throws SQLException {
        for (Connection db : connections) {
            db.close();
        }
    }
}
