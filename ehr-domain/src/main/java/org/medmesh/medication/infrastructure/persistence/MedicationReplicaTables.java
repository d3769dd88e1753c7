package org.medmesh.medication.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import org.medmesh.medication.application.replica.MedicationStates.DispensingState;
import org.medmesh.medication.application.replica.MedicationStates.PrescriptionState;
import org.medmesh.shared.domain.model.RecordType;
import org.medmesh.shared.infrastructure.replication.ColumnTable;
import org.medmesh.shared.infrastructure.replication.ReplicaTable;
import org.medmesh.shared.infrastructure.replication.ReplicatedRecordTypes;

/** The medication context's replicated records — prescriptions and dispensings — as replication writes them. */
@ApplicationScoped
public class MedicationReplicaTables implements ReplicatedRecordTypes {

    @Override
    public List<ReplicaTable> tables() {
        return List.of(
                ColumnTable.of(RecordType.PRESCRIPTION, "prescription", PrescriptionState.class),
                ColumnTable.of(RecordType.DISPENSING, "dispensing", DispensingState.class));
    }
}
