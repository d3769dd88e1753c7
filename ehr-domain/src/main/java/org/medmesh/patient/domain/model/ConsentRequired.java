package org.medmesh.patient.domain.model;

import java.util.UUID;

/**
 * The patient does not share the record with this hospital: the caller gets the patient's clinical data only by
 * breaking the glass.
 */
public class ConsentRequired extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final UUID patientId;

    public ConsentRequired(PatientId patient) {
        super("This patient does not share the record with this hospital. In an emergency, break the glass: state "
                + "your reason to get time-limited access (it is audited and the patient's home hospital is told).");
        this.patientId = patient.value();
    }

    public UUID patientId() {
        return patientId;
    }
}
