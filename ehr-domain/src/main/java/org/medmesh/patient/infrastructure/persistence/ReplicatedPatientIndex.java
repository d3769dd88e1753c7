package org.medmesh.patient.infrastructure.persistence;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import org.medmesh.patient.domain.model.SearchableName;
import org.medmesh.shared.infrastructure.replication.ColumnKind;

/**
 * What the patient context keeps beside a replicated patient, as it does for local registrations: the folded sort name,
 * one search token per name word, and this hospital's MRN sequence ahead of the MRNs it issued.
 */
final class ReplicatedPatientIndex {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ReplicatedPatientIndex() {
    }

    static JsonObject withSortName(JsonObject patient) {
        String sortName = SearchableName.fold(patient.getString("familyName", "") + " "
                + patient.getString("givenName", ""));
        return JSON.createObjectBuilder(patient).add("sortName", sortName).build();
    }

    static void reindex(Connection db, JsonObject patient) throws SQLException {
        byte[] id = ColumnKind.bytes(UUID.fromString(patient.getString("id")));
        try (PreparedStatement delete = db.prepareStatement("delete from patient_name_token where patient_id = ?")) {
            delete.setBytes(1, id);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = db.prepareStatement(
                "insert into patient_name_token (patient_id, token) values (?, ?)")) {
            for (String token : SearchableName.tokens(patient.getString("givenName", ""),
                    patient.getString("familyName", ""))) {
                insert.setBytes(1, id);
                insert.setString(2, token);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Keeps this hospital's MRN sequence ahead of the MRNs it already issued: a patient registered here that comes back
     * from a peer (rebuild after the loss of this database) must never have its MRN issued again. MariaDB's SETVAL
     * never moves a sequence backwards.
     */
    static void advanceMrnSequence(Connection db, String hospital, JsonObject patient) throws SQLException {
        JsonObject record = patient.getJsonObject("record");
        String mrn = patient.getString("mrn", "");
        if (record == null || !hospital.equals(record.getString("homeHospital", null))
                || !mrn.startsWith(hospital + "-")) {
            return;
        }
        String number = mrn.substring(hospital.length() + 1);
        if (!number.matches("[0-9]{1,18}")) {
            return;
        }
        try (PreparedStatement advance = db.prepareStatement("select setval(patient_mrn_seq, ?)")) {
            advance.setLong(1, Long.parseLong(number));
            advance.executeQuery().close();
        }
    }
}
