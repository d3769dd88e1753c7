package org.medmesh.shared.infrastructure.replication;

import static org.medmesh.shared.infrastructure.replication.ColumnKind.bytes;

import jakarta.json.JsonObject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.medmesh.shared.domain.model.RecordType;

/**
 * A replicated record type kept in one table, one column per field of the record's JSON state (as the context's views
 * publish it). Every table also has the provenance columns of {@code ReplicatedRecord}, the replication stamps and the
 * local optimistic-lock version.
 */
public final class ColumnTable implements ReplicaTable {

    /** What a context derives from a stored state on the same connection (a search index, a notice). */
    @FunctionalInterface
    public interface AfterWrite {

        void written(Connection db, JsonObject state) throws SQLException;
    }

    private static final List<FieldColumn> PROVENANCE = List.of(
            new FieldColumn("id", "id", ColumnKind.UUID),
            FieldColumn.text("record.homeHospital", "home_hospital"),
            FieldColumn.instant("record.createdAt", "created_at"),
            FieldColumn.text("record.createdBy", "created_by"),
            FieldColumn.instant("record.changedAt", "changed_at"),
            FieldColumn.text("record.changedBy", "changed_by"),
            FieldColumn.instant("record.voidedAt", "voided_at"),
            FieldColumn.text("record.voidedBy", "voided_by"),
            FieldColumn.text("record.voidReason", "void_reason"));

    private final RecordType recordType;
    private final String table;
    private final List<FieldColumn> columns;
    private final UnaryOperator<JsonObject> derived;
    private final AfterWrite afterWrite;
    private final String upsert;

    /**
     * @param derived adds the fields the table stores but the state does not carry, computed from it as the domain
     *            computes them (a patient's sort name)
     * @param afterWrite what else the context keeps up to date when a state is stored
     */
    public ColumnTable(RecordType recordType, String table, List<FieldColumn> fields, UnaryOperator<JsonObject> derived,
            AfterWrite afterWrite) {
        this.recordType = recordType;
        this.table = table;
        this.derived = derived;
        this.afterWrite = afterWrite;
        List<FieldColumn> all = new ArrayList<>(PROVENANCE);
        all.addAll(fields);
        this.columns = List.copyOf(all);
        this.upsert = upsertSql();
    }

    public ColumnTable(RecordType recordType, String table, List<FieldColumn> fields) {
        this(recordType, table, fields, UnaryOperator.identity(), (db, state) -> {
        });
    }

    /** Fields of several groups (a reference, a coding, the rest) in one list. */
    @SafeVarargs
    public static List<FieldColumn> fields(List<FieldColumn>... parts) {
        List<FieldColumn> all = new ArrayList<>();
        for (List<FieldColumn> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    @Override
    public RecordType recordType() {
        return recordType;
    }

    /** The table's name. */
    public String table() {
        return table;
    }

    /** Every column the state fills, provenance first. */
    public List<FieldColumn> columns() {
        return columns;
    }

    @Override
    public Optional<Stamps> lockStamps(Connection db, UUID id) throws SQLException {
        return readStamps(db, id, "select change_hlc, version_vector from " + table + " where id = ? for update");
    }

    @Override
    public Optional<Stamps> stamps(Connection db, UUID id) throws SQLException {
        return readStamps(db, id, "select change_hlc, version_vector from " + table + " where id = ?");
    }

    private static Optional<Stamps> readStamps(Connection db, UUID id, String sql) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setBytes(1, bytes(id));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Stamps(row.getString(1), row.getString(2))) : Optional.empty();
            }
        }
    }

    @Override
    public void write(Connection db, JsonObject state, String hlc, String vector) throws SQLException {
        JsonObject complete = derived.apply(state);
        try (PreparedStatement statement = db.prepareStatement(upsert)) {
            int index = 1;
            for (FieldColumn column : columns) {
                statement.setObject(index++, column.valueIn(complete));
            }
            statement.setString(index++, hlc);
            statement.setString(index, vector);
            statement.executeUpdate();
        }
        afterWrite.written(db, state);
    }

    @Override
    public void restamp(Connection db, UUID id, String vector) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "update " + table + " set version_vector = ?, version = version + 1 where id = ?")) {
            update.setString(1, vector);
            update.setBytes(2, bytes(id));
            update.executeUpdate();
        }
    }

    @Override
    public boolean voided(Connection db, UUID id) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "select 1 from " + table + " where id = ? and voided_at is not null")) {
            select.setBytes(1, bytes(id));
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    @Override
    public void eachStamp(Connection db, String before, Integer bucket, int buckets, StampSink sink)
            throws SQLException {
        String sql = "select id, change_hlc, version_vector from " + table
                + (before == null ? "" : " where change_hlc is not null and change_hlc < ?")
                + (bucket == null ? "" : (before == null ? " where" : " and") + " ord(substring(id, 16, 1)) % ? = ?")
                + " order by id";
        try (PreparedStatement select = db.prepareStatement(sql)) {
            int index = 1;
            if (before != null) {
                select.setString(index++, before);
            }
            if (bucket != null) {
                select.setInt(index++, buckets);
                select.setInt(index, bucket);
            }
            select.setFetchSize(1000);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    sink.add(row.getBytes(1), row.getString(2), row.getString(3));
                }
            }
        }
    }

    /**
     * Inserts the record, or replaces every column of the existing row; the stamps follow the columns. The local
     * version starts at 0 and grows with every replaced state, so a local edit based on an older state is refused as
     * stale.
     */
    private String upsertSql() {
        String names = columns.stream().map(FieldColumn::column).collect(Collectors.joining(", "));
        String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        String updates = columns.stream().filter(c -> !c.column().equals("id"))
                .map(c -> c.column() + " = VALUES(" + c.column() + ")").collect(Collectors.joining(", "));
        return "insert into " + table + " (" + names + ", change_hlc, version_vector, version) values (" + marks
                + ", ?, ?, 0) on duplicate key update " + updates + ", change_hlc = VALUES(change_hlc), "
                + "version_vector = VALUES(version_vector), version = version + 1";
    }
}
