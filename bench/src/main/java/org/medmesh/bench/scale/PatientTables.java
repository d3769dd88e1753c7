package org.medmesh.bench.scale;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The node's tables that hold a patient's rows, read from the database's own schema (so a column added by a later
 * migration is copied too): {@code patient} itself, its name words, and every table with a {@code patient_id} column
 * except those that are not part of the record (the outbox, the audit trail, notifications, replication's own tables
 * and the benchmark's scratch tables).
 */
final class PatientTables {

    static final String PATIENT = "patient";
    static final String NAME_TOKEN = "patient_name_token";
    private static final Set<String> NOT_THE_RECORD = Set.of("outbox_event", "audit_event", "audit_exposure",
            "audit_peer_checkpoint", "audit_anchor_answer", "notification");

    /** One column; {@code uuid} when it holds an id ({@code BINARY(16)}). */
    record Column(String name, boolean uuid) {
    }

    /** One table and the columns an insert must give (generated and auto-increment columns left out). */
    record Table(String name, List<Column> columns) {
    }

    private final Map<String, Table> tables;

    private PatientTables(Map<String, Table> tables) {
        this.tables = tables;
    }

    static PatientTables read(Connection db) throws SQLException {
        Map<String, List<Column>> columns = new LinkedHashMap<>();
        try (Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("SELECT table_name, column_name, data_type, "
                        + "character_octet_length, extra FROM information_schema.columns "
                        + "WHERE table_schema = DATABASE() ORDER BY table_name, ordinal_position")) {
            while (rows.next()) {
                String extra = rows.getString(5) == null ? "" : rows.getString(5).toLowerCase(Locale.ROOT);
                if (extra.contains("auto_increment") || extra.contains("generated") || extra.contains("virtual")
                        || extra.contains("stored")) {
                    continue;
                }
                boolean uuid = "binary".equalsIgnoreCase(rows.getString(3)) && rows.getLong(4) == 16;
                columns.computeIfAbsent(rows.getString(1), t -> new ArrayList<>())
                        .add(new Column(rows.getString(2), uuid));
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        columns.forEach((name, list) -> {
            boolean ofPatient = name.equals(PATIENT) || list.stream().anyMatch(c -> c.name().equals("patient_id"));
            if (ofPatient && !NOT_THE_RECORD.contains(name) && !name.startsWith("sync_")
                    && !name.startsWith("bench_")) {
                tables.put(name, new Table(name, List.copyOf(list)));
            }
        });
        if (!tables.containsKey(PATIENT) || !tables.containsKey(NAME_TOKEN)) {
            throw new IllegalStateException("the schema has no " + PATIENT + " or " + NAME_TOKEN + " table");
        }
        return new PatientTables(tables);
    }

    Table patient() {
        return tables.get(PATIENT);
    }

    Table nameToken() {
        return tables.get(NAME_TOKEN);
    }

    /** The tables of a chart and of anything else recorded per patient (encounters, observations, consent, ...). */
    List<Table> records() {
        return tables.values().stream().filter(t -> !t.name().equals(PATIENT) && !t.name().equals(NAME_TOKEN))
                .toList();
    }
}
