package org.medmesh.clinical.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.domain.model.ClinicalRuleViolation;
import org.medmesh.shared.domain.model.IllegalTransition;
import org.medmesh.shared.domain.model.Stamp;

/** An entry of the patient's problem list (a diagnosis), with its clinical status. */
@Entity
@Table(name = "patient_condition")
public class Condition extends PatientRecord {

    @Embedded
    private CodedConcept code;

    @Enumerated(EnumType.STRING)
    @Column(name = "clinical_status", nullable = false, length = 16)
    private ConditionStatus status;

    @Column(name = "onset_date")
    private LocalDate onsetDate;

    @Column(name = "abatement_date")
    private LocalDate abatementDate;

    @Column(name = "note", length = 2000)
    private String note;

    protected Condition() {
    }

    public Condition(PatientId patient, CodedConcept code, LocalDate onsetDate, String note, Stamp created) {
        super(patient, created);
        if (onsetDate != null && onsetDate.isAfter(java.time.LocalDate.ofInstant(created.at(),
                java.time.ZoneOffset.UTC).plusDays(1))) {
            throw new ClinicalRuleViolation("onset-in-future", "A condition cannot start in the future.");
        }
        this.code = code;
        this.onsetDate = onsetDate;
        this.note = note;
        this.status = ConditionStatus.ACTIVE;
    }

    /** Moves the condition to another status; resolving records the day it abated. */
    public void changeStatus(ConditionStatus next, LocalDate on, Stamp changed) {
        if (next == status) {
            throw new IllegalTransition("condition", status, next);
        }
        touch(changed);
        this.status = next;
        this.abatementDate = next == ConditionStatus.RESOLVED ? on : null;
    }

    public CodedConcept code() {
        return code;
    }

    public ConditionStatus status() {
        return status;
    }

    public LocalDate onsetDate() {
        return onsetDate;
    }

    public LocalDate abatementDate() {
        return abatementDate;
    }

    public String note() {
        return note;
    }
}
