package org.medmesh.clinical.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.util.UUID;

import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.domain.model.ReplicatedRecord;
import org.medmesh.shared.domain.model.Stamp;

/** A replicated record that belongs to one patient's chart. */
@MappedSuperclass
public abstract class PatientRecord extends ReplicatedRecord {

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    protected PatientRecord() {
    }

    protected PatientRecord(PatientId patient, Stamp created) {
        super(created);
        this.patientId = patient.value();
    }

    public PatientId patientId() {
        return new PatientId(patientId);
    }
}
