package org.medmesh.sync.infrastructure.persistence;

import static org.medmesh.sync.infrastructure.persistence.ColumnKind.INSTANT;
import static org.medmesh.sync.infrastructure.persistence.ColumnKind.TEXT;
import static org.medmesh.sync.infrastructure.persistence.ColumnKind.UUID;

import jakarta.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A replicated record type and the table that holds it: which column each field of the record's JSON state (as the
 * domain's views publish it) goes to. Every table also has the provenance columns of {@code ReplicatedRecord}, the
 * replication stamps and the local optimistic-lock version.
 */
final class RecordTable {

    private static final List<FieldColumn> PROVENANCE = List.of(
            new FieldColumn("id", "id", UUID),
            new FieldColumn("record.homeHospital", "home_hospital", TEXT),
            new FieldColumn("record.createdAt", "created_at", INSTANT),
            new FieldColumn("record.createdBy", "created_by", TEXT),
            new FieldColumn("record.changedAt", "changed_at", INSTANT),
            new FieldColumn("record.changedBy", "changed_by", TEXT),
            new FieldColumn("record.voidedAt", "voided_at", INSTANT),
            new FieldColumn("record.voidedBy", "voided_by", TEXT),
            new FieldColumn("record.voidReason", "void_reason", TEXT));

    private final String aggregateType;
    private final String table;
    private final List<FieldColumn> columns;
    private final UnaryOperator<JsonObject> derived;

    RecordTable(String aggregateType, String table, List<FieldColumn> fields) {
        this(aggregateType, table, fields, UnaryOperator.identity());
    }

    /**
     * @param derived adds the fields the table stores but the state does not carry, computed from it as the domain
     *            computes them (a patient's sort name)
     */
    RecordTable(String aggregateType, String table, List<FieldColumn> fields, UnaryOperator<JsonObject> derived) {
        this.aggregateType = aggregateType;
        this.table = table;
        this.derived = derived;
        List<FieldColumn> all = new ArrayList<>(PROVENANCE);
        all.addAll(fields);
        this.columns = List.copyOf(all);
    }

    String aggregateType() {
        return aggregateType;
    }

    /** The column values of a record's state, in {@link #columns()} order. */
    List<Object> values(JsonObject state) {
        JsonObject complete = derived.apply(state);
        return columns.stream().map(c -> c.valueIn(complete)).toList();
    }

    String table() {
        return table;
    }

    List<FieldColumn> columns() {
        return columns;
    }

    /**
     * Inserts the record, or replaces every column of the existing row; the stamps follow the columns. The local
     * version starts at 0 and grows with every replaced state, so a local edit based on an older state is refused as
     * stale.
     */
    String upsertSql() {
        String names = columns.stream().map(FieldColumn::column).collect(Collectors.joining(", "));
        String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        String updates = columns.stream().filter(c -> !c.column().equals("id"))
                .map(c -> c.column() + " = VALUES(" + c.column() + ")").collect(Collectors.joining(", "));
        return "insert into " + table + " (" + names + ", change_hlc, version_vector, version) values (" + marks
                + ", ?, ?, 0) on duplicate key update " + updates + ", change_hlc = VALUES(change_hlc), "
                + "version_vector = VALUES(version_vector), version = version + 1";
    }

    String stampsSql() {
        return "select change_hlc, version_vector from " + table + " where id = ? for update";
    }

    String vectorUpdateSql() {
        return "update " + table + " set version_vector = ?, version = version + 1 where id = ?";
    }
}
