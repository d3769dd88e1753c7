package org.medmesh.audit.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.medmesh.audit.domain.model.AuditEntry;

/**
 * The patients an entry's answer exposed, as rows {@code (seq, patient_id)} of {@code audit_exposure}, written with the
 * entry and covered by its hash.
 */
final class AuditExposures {

    private AuditExposures() {
    }

    /** Inserts the exposed patients of the entries, in one batch. */
    static void insert(Connection db, List<AuditEntry> entries) throws SQLException {
        if (entries.stream().allMatch(entry -> entry.record().exposedPatients().isEmpty())) {
            return;
        }
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO audit_exposure (seq, patient_id) VALUES (?, ?)")) {
            for (AuditEntry entry : entries) {
                for (UUID patient : entry.record().exposedPatients()) {
                    insert.setLong(1, entry.seq());
                    insert.setBytes(2, AuditRows.bytes(patient));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** The entries as read from {@code audit_event}, each with the patients it exposed. */
    static List<AuditEntry> attach(Connection db, List<AuditEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return entries;
        }
        Map<Long, List<UUID>> exposed = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement("SELECT seq, patient_id FROM audit_exposure WHERE seq IN ("
                + String.join(", ", Collections.nCopies(entries.size(), "?")) + ")")) {
            for (int i = 0; i < entries.size(); i++) {
                select.setLong(i + 1, entries.get(i).seq());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    exposed.computeIfAbsent(rows.getLong(1), seq -> new ArrayList<>())
                            .add(AuditRows.uuid(rows.getBytes(2)));
                }
            }
        }
        return entries.stream().map(entry -> attach(entry, exposed.getOrDefault(entry.seq(), List.of()))).toList();
    }

    /** The entry with these exposed patients. */
    static AuditEntry attach(AuditEntry entry, List<UUID> exposed) {
        return exposed.isEmpty()
                ? entry
                : new AuditEntry(entry.seq(), entry.record().exposing(exposed), entry.previousHash(),
                        entry.chainKeyId(), entry.hash());
    }
}
