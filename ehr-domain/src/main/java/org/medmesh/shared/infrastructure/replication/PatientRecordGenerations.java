package org.medmesh.shared.infrastructure.replication;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;

/**
 * Each patient's record generation (migration V24): a new value, in the transaction that makes it, for every change of
 * a record of the patient, whether written here or stored from a peer. What caches a read of a patient's records tags
 * it with the generation read first in the reading transaction, and serves it only while the generation has not moved.
 */
public final class PatientRecordGenerations {

    /** Gives the patient (parameter 1: its id's 16 bytes) a new generation. */
    public static final String RENEW = "INSERT INTO patient_record_generation (patient_id, generation) "
            + "VALUES (?, UUID()) ON DUPLICATE KEY UPDATE generation = UUID()";

    /** The patient's generation (parameter 1: its id's 16 bytes); no row when it has none yet. */
    public static final String CURRENT = "SELECT generation FROM patient_record_generation WHERE patient_id = ?";

    private PatientRecordGenerations() {
    }

    /**
     * Renews the generation of each patient, in id order (so two transactions renewing several never wait on each other
     * in a cycle), as one batch on the transaction's connection.
     */
    public static void renew(Connection db, Collection<UUID> patients) throws SQLException {
        if (patients.isEmpty()) {
            return;
        }
        try (PreparedStatement renew = db.prepareStatement(RENEW)) {
            for (UUID patient : patients.stream().sorted().toList()) {
                renew.setBytes(1, ColumnKind.bytes(patient));
                renew.addBatch();
            }
            renew.executeBatch();
        }
    }
}
