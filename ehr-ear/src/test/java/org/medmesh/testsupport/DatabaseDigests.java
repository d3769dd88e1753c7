package org.medmesh.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every base table and sequence of a database as its rows and a SHA-256 of them in primary-key order (each value as
 * text, a null told apart from any text): two databases hold the same data exactly when their digests are equal.
 */
public final class DatabaseDigests {

    private DatabaseDigests() {
    }

    /** The digests of the connection's current database, by table, leaving out {@code skipped} tables. */
    public static Map<String, String> of(Connection db, Set<String> skipped) throws SQLException {
        Map<String, String> digests = new TreeMap<>();
        for (String table : tables(db)) {
            if (!skipped.contains(table)) {
                digests.put(table, digest(db, table, "TRUE"));
            }
        }
        return digests;
    }

    /** The digest of one table's rows that meet an SQL condition. */
    public static String of(Connection db, String table, String condition) throws SQLException {
        return digest(db, table, condition);
    }

    private static List<String> tables(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_type IN ('BASE TABLE', 'SEQUENCE') ORDER BY table_name");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static String digest(Connection db, String table, String condition) throws SQLException {
        List<String> key = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND table_name = ? ORDER BY column_key = 'PRI' DESC, "
                + "ordinal_position")) {
            query.setString(1, table);
            try (ResultSet columns = query.executeQuery()) {
                while (columns.next()) {
                    key.add("`" + columns.getString(1) + "`");
                }
            }
        }
        MessageDigest sha256 = sha256();
        long rows = 0;
        try (PreparedStatement query = db.prepareStatement("SELECT * FROM `" + table + "` WHERE " + condition
                + " ORDER BY " + String.join(", ", key)); ResultSet row = query.executeQuery()) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                rows++;
                for (int i = 1; i <= columns; i++) {
                    Object column = row.getObject(i);
                    byte[] value = column == null
                            ? null
                            : column instanceof byte[] bytes
                                    ? bytes
                                    : column.toString().getBytes(StandardCharsets.UTF_8);
                    sha256.update(value == null
                            ? new byte[]{0}
                            : ("=" + value.length + ":").getBytes(
                                    StandardCharsets.US_ASCII));
                    if (value != null) {
                        sha256.update(value);
                    }
                }
            }
        }
        return rows + " rows " + HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
