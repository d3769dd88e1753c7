package org.medmesh.patient.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.notification.application.AdministratorAlerts;
import org.medmesh.patient.application.replica.PatientStates.BreakGlassState;
import org.medmesh.patient.application.replica.PatientStates.ConsentState;
import org.medmesh.patient.application.replica.PatientStates.PatientState;
import org.medmesh.shared.domain.model.HospitalId;
import org.medmesh.shared.domain.model.Stamp;
import org.medmesh.shared.domain.model.RecordType;
import org.medmesh.shared.infrastructure.replication.ColumnKind;
import org.medmesh.shared.infrastructure.replication.ColumnTable;
import org.medmesh.shared.infrastructure.replication.FieldColumn;
import org.medmesh.shared.infrastructure.replication.ReplicaTable;
import org.medmesh.shared.infrastructure.replication.ReplicatedPatients;
import org.medmesh.shared.infrastructure.replication.ReplicatedRecordTypes;

/**
 * The patient context's replicated records — registrations, consents, break-the-glass grants — as replication writes
 * them, with what the context keeps beside them: a patient's search index and MRN sequence, and the notice to this
 * hospital's administrators when another hospital broke the glass on one of its patients (once per grant).
 */
@ApplicationScoped
public class PatientReplicaTables implements ReplicatedRecordTypes, ReplicatedPatients {

    @Inject
    ThisHospital hospital;

    @Inject
    AdministratorAlerts alerts;

    @Override
    public List<ReplicaTable> tables() {
        return List.of(
                ColumnTable.of(RecordType.PATIENT, "patient", PatientState.class)
                        .deriving(List.of(FieldColumn.text("sortName", "sort_name")),
                                ReplicatedPatientIndex::withSortName)
                        .afterWrite(this::indexPatient),
                ColumnTable.of(RecordType.CONSENT, "patient_consent", ConsentState.class),
                ColumnTable.of(RecordType.BREAK_GLASS, "break_glass_grant", BreakGlassState.class)
                        .afterWrite(this::noticeToHome));
    }

    private void indexPatient(Connection db, JsonObject patient) throws SQLException {
        ReplicatedPatientIndex.reindex(db, patient);
        ReplicatedPatientIndex.advanceMrnSequence(db, thisHospital(), patient);
    }

    /**
     * A grant for a patient registered here tells this hospital's administrators (a grant made here and restored from a
     * peer too, when its notice was lost with the database).
     */
    private void noticeToHome(Connection db, JsonObject grant) throws SQLException {
        JsonObject record = grant.getJsonObject("record");
        String grantedAt = record.getString("homeHospital");
        UUID patient = UUID.fromString(grant.getString("patientId"));
        String home = homeOf(db, patient);
        if (home == null || !(home.equals(thisHospital()) || grantedAt.equals(thisHospital()))) {
            return;
        }
        alerts.breakGlass(UUID.fromString(grant.getString("id")), patient, grant.getString("reason"),
                new Stamp(grant.getString("grantee"), new HospitalId(grantedAt),
                        Instant.parse(record.getString("createdAt"))));
    }

    /** The hospital where the patient was registered, or null when the patient is not known here. */
    private static String homeOf(Connection db, UUID patient) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("select home_hospital from patient where id = ?")) {
            select.setBytes(1, ColumnKind.bytes(patient));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    @Override
    public Set<UUID> known(Connection db, Collection<UUID> ids) throws SQLException {
        Set<UUID> found = new HashSet<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (PreparedStatement select = db.prepareStatement("select id from patient where id in ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")")) {
            int index = 1;
            for (UUID id : ids) {
                select.setBytes(index++, ColumnKind.bytes(id));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(ColumnKind.uuid(rows.getBytes(1)));
                }
            }
        }
        return found;
    }

    private String thisHospital() {
        return hospital.profile().id().value();
    }
}
