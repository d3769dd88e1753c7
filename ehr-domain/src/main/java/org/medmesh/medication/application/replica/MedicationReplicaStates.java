package org.medmesh.medication.application.replica;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import org.medmesh.medication.application.replica.MedicationStates.DispensingState;
import org.medmesh.medication.application.replica.MedicationStates.PrescriptionState;
import org.medmesh.medication.domain.model.Dispensing;
import org.medmesh.medication.domain.model.Prescription;
import org.medmesh.shared.application.replica.StatesByRecordType;

/** The replicated state of a prescription or a dispensing. */
@ApplicationScoped
public class MedicationReplicaStates extends StatesByRecordType {

    public MedicationReplicaStates() {
        super(List.of(state(Prescription.class, PrescriptionState::of),
                state(Dispensing.class, DispensingState::of)));
    }
}
