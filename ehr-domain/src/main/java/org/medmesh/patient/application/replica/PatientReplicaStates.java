package org.medmesh.patient.application.replica;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import org.medmesh.patient.application.replica.PatientStates.BreakGlassState;
import org.medmesh.patient.application.replica.PatientStates.ConsentState;
import org.medmesh.patient.application.replica.PatientStates.PatientState;
import org.medmesh.patient.domain.model.BreakGlassGrant;
import org.medmesh.patient.domain.model.Patient;
import org.medmesh.patient.domain.model.PatientConsent;
import org.medmesh.shared.application.replica.StatesByRecordType;

/** The replicated state of a registration, a consent or a break-the-glass grant. */
@ApplicationScoped
public class PatientReplicaStates extends StatesByRecordType {

    public PatientReplicaStates() {
        super(List.of(state(Patient.class, PatientState::of),
                state(PatientConsent.class, ConsentState::of),
                state(BreakGlassGrant.class, BreakGlassState::of)));
    }
}
