package org.medmesh.medication.infrastructure.persistence;

import static org.medmesh.shared.infrastructure.replication.ColumnTable.fields;
import static org.medmesh.shared.infrastructure.replication.FieldColumn.coded;
import static org.medmesh.shared.infrastructure.replication.FieldColumn.encounter;
import static org.medmesh.shared.infrastructure.replication.FieldColumn.patient;
import static org.medmesh.shared.infrastructure.replication.FieldColumn.text;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import org.medmesh.shared.domain.model.RecordType;
import org.medmesh.shared.infrastructure.replication.ColumnKind;
import org.medmesh.shared.infrastructure.replication.ColumnTable;
import org.medmesh.shared.infrastructure.replication.FieldColumn;
import org.medmesh.shared.infrastructure.replication.ReplicaTable;
import org.medmesh.shared.infrastructure.replication.ReplicatedRecordTypes;

/** The medication context's replicated records — prescriptions and dispensings — as replication writes them. */
@ApplicationScoped
public class MedicationReplicaTables implements ReplicatedRecordTypes {

    @Override
    public List<ReplicaTable> tables() {
        return List.of(
                new ColumnTable(RecordType.PRESCRIPTION, "prescription", fields(List.of(patient(), encounter()),
                        coded("drug"),
                        List.of(new FieldColumn("dose", "dose", ColumnKind.DECIMAL), text("doseUnit", "dose_unit"),
                                text("route"), text("frequency"),
                                new FieldColumn("durationDays", "duration_days", ColumnKind.INTEGER),
                                text("instructions"), text("status"), text("overrideReason", "override_reason"),
                                text("overriddenConflicts", "overridden_conflicts"),
                                text("cancelReason", "cancel_reason")))),
                new ColumnTable(RecordType.DISPENSING, "dispensing", List.of(
                        patient(), new FieldColumn("prescriptionId", "prescription_id", ColumnKind.UUID),
                        text("quantity"), text("note"))));
    }
}
