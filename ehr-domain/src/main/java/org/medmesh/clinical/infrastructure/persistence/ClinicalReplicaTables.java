package org.medmesh.clinical.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import org.medmesh.clinical.application.replica.ClinicalStates.AllergyState;
import org.medmesh.clinical.application.replica.ClinicalStates.ConditionState;
import org.medmesh.clinical.application.replica.ClinicalStates.EncounterState;
import org.medmesh.clinical.application.replica.ClinicalStates.NoteState;
import org.medmesh.clinical.application.replica.ClinicalStates.ObservationState;
import org.medmesh.clinical.application.replica.ClinicalStates.TreatmentState;
import org.medmesh.shared.domain.model.RecordType;
import org.medmesh.shared.infrastructure.replication.ColumnTable;
import org.medmesh.shared.infrastructure.replication.ReplicaTable;
import org.medmesh.shared.infrastructure.replication.ReplicatedRecordTypes;

/** The clinical context's replicated records as replication writes them: one table each, a column per state field. */
@ApplicationScoped
public class ClinicalReplicaTables implements ReplicatedRecordTypes {

    @Override
    public List<ReplicaTable> tables() {
        return List.of(
                ColumnTable.of(RecordType.ENCOUNTER, "encounter", EncounterState.class),
                ColumnTable.of(RecordType.OBSERVATION, "observation", ObservationState.class),
                ColumnTable.of(RecordType.CONDITION, "patient_condition", ConditionState.class),
                ColumnTable.of(RecordType.ALLERGY, "allergy", AllergyState.class),
                ColumnTable.of(RecordType.NOTE, "clinical_note", NoteState.class),
                ColumnTable.of(RecordType.TREATMENT, "treatment", TreatmentState.class));
    }
}
