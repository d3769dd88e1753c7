package org.medmesh.shared.infrastructure.replication;

import static org.medmesh.shared.infrastructure.replication.ColumnKind.bytes;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;

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

import org.medmesh.shared.application.replica.ReplicaState;
import org.medmesh.shared.domain.model.RecordType;

/**
 * A replicated record type kept in one table, one column per field of its state type ({@link ReplicaState}, each field
 * naming its column), plus the replication stamps and the local optimistic-lock version. A received state older than
 * the state type's schema version is upcast first, one version at a time; a newer one is refused (this hospital cannot
 * know what its new fields mean), so the change is retried after the upgrade.
 */
public final class ColumnTable implements ReplicaTable {

    /** What a context derives from a stored state on the same connection (a search index, a notice). */
    @FunctionalInterface
    public interface AfterWrite {

        void written(Connection db, JsonObject state) throws SQLException;
    }

    /** Turns a state of one schema version into the next. */
    @FunctionalInterface
    public interface Upcaster extends UnaryOperator<JsonObject> {
    }

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /**
     * Version 0 → 1: before the contract, events carried the REST view's JSON, whose fields bear the same names as
     * version 1's (the view's extra fields are ignored).
     */
    public static final Upcaster FROM_VIEW_JSON = state -> JSON.createObjectBuilder(state)
            .add(ReplicaState.SCHEMA_VERSION_FIELD, 1).build();

    private final RecordType recordType;
    private final String table;
    private final List<FieldColumn> columns;
    private final int schemaVersion;
    private final List<Upcaster> upcasters;
    private final UnaryOperator<JsonObject> derived;
    private final AfterWrite afterWrite;
    private final String upsert;

    private ColumnTable(RecordType recordType, String table, List<FieldColumn> columns, int schemaVersion,
            List<Upcaster> upcasters, UnaryOperator<JsonObject> derived, AfterWrite afterWrite) {
        if (upcasters.size() != schemaVersion) {
            throw new IllegalArgumentException("a " + recordType.wireName() + " of schema version " + schemaVersion
                    + " needs " + schemaVersion + " upcasters, has " + upcasters.size());
        }
        this.recordType = recordType;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.schemaVersion = schemaVersion;
        this.upcasters = List.copyOf(upcasters);
        this.derived = derived;
        this.afterWrite = afterWrite;
        this.upsert = upsertSql();
    }

    /**
     * The record type kept in {@code table} with the columns its state type names, at the state type's schema version 1
     * (upcast from the pre-contract JSON).
     */
    public static ColumnTable of(RecordType recordType, String table, Class<? extends ReplicaState> state) {
        return new ColumnTable(recordType, table, StateColumns.of(state), StateColumns.versionOf(state),
                List.of(FROM_VIEW_JSON), UnaryOperator.identity(), (db, written) -> {
                });
    }

    /**
     * The same table with columns the state does not carry, computed from it as the domain computes them (a patient's
     * sort name).
     */
    public ColumnTable deriving(List<FieldColumn> extra, UnaryOperator<JsonObject> derive) {
        List<FieldColumn> all = new ArrayList<>(columns);
        all.addAll(extra);
        return new ColumnTable(recordType, table, all, schemaVersion, upcasters, derive, afterWrite);
    }

    /** The same table with what else the context keeps up to date when a state is stored. */
    public ColumnTable afterWrite(AfterWrite hook) {
        return new ColumnTable(recordType, table, columns, schemaVersion, upcasters, derived, hook);
    }

    /**
     * The same table with the upcasters of a state type past version 1: index {@code v} turns version v into v + 1, one
     * per version below the state type's.
     */
    public ColumnTable upcasting(List<Upcaster> steps) {
        return new ColumnTable(recordType, table, columns, schemaVersion, steps, derived, afterWrite);
    }

    @Override
    public RecordType recordType() {
        return recordType;
    }

    /** The table's name. */
    public String table() {
        return table;
    }

    /** Every column the state fills. */
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
        JsonObject current = upcast(state);
        List<Object> values = values(current);
        try (PreparedStatement statement = db.prepareStatement(upsert)) {
            int index = 1;
            for (Object value : values) {
                statement.setObject(index++, value);
            }
            statement.setString(index++, hlc);
            statement.setString(index, vector);
            statement.executeUpdate();
        }
        afterWrite.written(db, current);
    }

    /** The state at this hospital's schema version; refuses a newer one. */
    JsonObject upcast(JsonObject state) {
        int version = state.getInt(ReplicaState.SCHEMA_VERSION_FIELD, 0);
        if (version > schemaVersion) {
            throw new IllegalArgumentException("a " + recordType.wireName() + " state of schema version " + version
                    + " is newer than this hospital understands (" + schemaVersion + "): upgrade it, then retry");
        }
        JsonObject upcast = state;
        for (int v = version; v < schemaVersion; v++) {
            upcast = upcasters.get(v).apply(upcast);
        }
        return upcast;
    }

    /** The column values of a state at this hospital's schema version, in {@link #columns()} order. */
    List<Object> values(JsonObject state) {
        JsonObject complete = derived.apply(state);
        return columns.stream().map(column -> column.valueIn(complete)).toList();
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
