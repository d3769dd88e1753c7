package org.medmesh.medication.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.UUID;

import org.medmesh.clinical.domain.model.PatientRecord;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.domain.model.Stamp;

/** A pharmacist handing out a prescribed drug: who, when, how much. Append-only. */
@Entity
@Table(name = "dispensing")
public class Dispensing extends PatientRecord {

    @Column(name = "prescription_id", nullable = false, updatable = false)
    private UUID prescriptionId;

    @Column(name = "quantity", nullable = false, length = 64)
    private String quantity;

    @Column(name = "note", length = 500)
    private String note;

    protected Dispensing() {
    }

    public Dispensing(PatientId patient, UUID prescriptionId, String quantity, String note, Stamp dispensed) {
        super(patient, dispensed);
        this.prescriptionId = prescriptionId;
        this.quantity = quantity;
        this.note = note;
    }

    public UUID prescriptionId() {
        return prescriptionId;
    }

    public String quantity() {
        return quantity;
    }

    public String note() {
        return note;
    }

    public String pharmacist() {
        return createdBy();
    }
}
