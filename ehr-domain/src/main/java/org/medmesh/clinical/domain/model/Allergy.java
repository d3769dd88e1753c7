package org.medmesh.clinical.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.domain.model.IllegalTransition;
import org.medmesh.shared.domain.model.Stamp;

/** An allergy or intolerance to a substance, with the reaction it causes and its severity. */
@Entity
@Table(name = "allergy")
public class Allergy extends PatientRecord {

    @Embedded
    private CodedConcept substance;

    @Column(name = "reaction", length = 500)
    private String reaction;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 16)
    private AllergySeverity severity;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AllergyStatus status;

    protected Allergy() {
    }

    public Allergy(PatientId patient, CodedConcept substance, String reaction, AllergySeverity severity,
            Stamp created) {
        super(patient, created);
        this.substance = substance;
        this.reaction = reaction;
        this.severity = severity;
        this.status = AllergyStatus.ACTIVE;
    }

    public void changeStatus(AllergyStatus next, Stamp changed) {
        if (next == status) {
            throw new IllegalTransition("allergy", status, next);
        }
        touch(changed);
        this.status = next;
    }

    public boolean active() {
        return status == AllergyStatus.ACTIVE && !voided();
    }

    public CodedConcept substance() {
        return substance;
    }

    public String reaction() {
        return reaction;
    }

    public AllergySeverity severity() {
        return severity;
    }

    public AllergyStatus status() {
        return status;
    }
}
