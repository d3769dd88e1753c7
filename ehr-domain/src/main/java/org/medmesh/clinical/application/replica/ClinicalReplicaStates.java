package org.medmesh.clinical.application.replica;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import org.medmesh.clinical.application.replica.ClinicalStates.AllergyState;
import org.medmesh.clinical.application.replica.ClinicalStates.ConditionState;
import org.medmesh.clinical.application.replica.ClinicalStates.EncounterState;
import org.medmesh.clinical.application.replica.ClinicalStates.NoteState;
import org.medmesh.clinical.application.replica.ClinicalStates.ObservationState;
import org.medmesh.clinical.application.replica.ClinicalStates.TreatmentState;
import org.medmesh.clinical.domain.model.Allergy;
import org.medmesh.clinical.domain.model.ClinicalNote;
import org.medmesh.clinical.domain.model.Condition;
import org.medmesh.clinical.domain.model.Encounter;
import org.medmesh.clinical.domain.model.Observation;
import org.medmesh.clinical.domain.model.Treatment;
import org.medmesh.shared.application.replica.StatesByRecordType;

/** The replicated state of a clinical record. */
@ApplicationScoped
public class ClinicalReplicaStates extends StatesByRecordType {

    public ClinicalReplicaStates() {
        super(List.of(state(Observation.class, ObservationState::of),
                state(Encounter.class, EncounterState::of),
                state(Condition.class, ConditionState::of),
                state(Allergy.class, AllergyState::of),
                state(ClinicalNote.class, NoteState::of),
                state(Treatment.class, TreatmentState::of)));
    }
}
