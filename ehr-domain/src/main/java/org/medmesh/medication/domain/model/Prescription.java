package org.medmesh.medication.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.medmesh.clinical.domain.model.CodedConcept;
import org.medmesh.clinical.domain.model.PatientRecord;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.domain.model.ClinicalRuleViolation;
import org.medmesh.shared.domain.model.IllegalTransition;
import org.medmesh.shared.domain.model.Stamp;

/**
 * A doctor's order for a drug. It is checked at creation against the patient's active allergies and current
 * prescriptions: conflicts refuse it unless the prescriber states an override reason, which is kept with the list of
 * conflicts overridden. Pharmacists dispense it; doctors complete or cancel it.
 */
@Entity
@Table(name = "prescription")
public class Prescription extends PatientRecord {

    @Column(name = "encounter_id")
    private UUID encounterId;

    @Embedded
    private CodedConcept drug;

    @Column(name = "dose", nullable = false, precision = 12, scale = 4)
    private BigDecimal dose;

    @Column(name = "dose_unit", nullable = false, length = 32)
    private String doseUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "route", nullable = false, length = 16)
    private Route route;

    @Column(name = "frequency", nullable = false, length = 64)
    private String frequency;

    @Column(name = "duration_days", nullable = false)
    private int durationDays;

    @Column(name = "instructions", length = 1000)
    private String instructions;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private PrescriptionStatus status;

    @Column(name = "override_reason", length = 1000)
    private String overrideReason;

    @Column(name = "overridden_conflicts", length = 2000)
    private String overriddenConflicts;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    protected Prescription() {
    }

    /**
     * Creates the prescription if the safety check found nothing, or if the prescriber overrides every conflict with a
     * stated reason; otherwise refuses with {@link PrescriptionRefused} naming each conflict.
     */
    public Prescription(PatientId patient, UUID encounterId, CodedConcept drug, Dosage dosage, String instructions,
            List<PrescriptionConflict> conflicts, String overrideReason, Stamp prescribed) {
        super(patient, prescribed);
        boolean overriding = overrideReason != null && !overrideReason.isBlank();
        if (!conflicts.isEmpty() && !overriding) {
            throw new PrescriptionRefused(conflicts);
        }
        this.encounterId = encounterId;
        this.drug = drug;
        this.dose = dosage.dose();
        this.doseUnit = dosage.doseUnit();
        this.route = dosage.route();
        this.frequency = dosage.frequency();
        this.durationDays = dosage.durationDays();
        this.instructions = instructions;
        this.status = PrescriptionStatus.ACTIVE;
        if (!conflicts.isEmpty()) {
            this.overrideReason = overrideReason.strip();
            this.overriddenConflicts = conflicts.stream().map(PrescriptionConflict::description)
                    .collect(Collectors.joining(" "));
        }
    }

    /** A pharmacist hands the drug out. */
    public void markDispensed(Stamp dispensed) {
        move(PrescriptionStatus.DISPENSED, Set.of(PrescriptionStatus.ACTIVE), dispensed);
    }

    /** The course is finished. */
    public void complete(Stamp completed) {
        move(PrescriptionStatus.COMPLETED, Set.of(PrescriptionStatus.DISPENSED), completed);
    }

    /** Stops the prescription before or after dispensing, with a reason. */
    public void cancel(String reason, Stamp cancelled) {
        if (reason == null || reason.isBlank()) {
            throw new ClinicalRuleViolation("cancel-reason-required", "Give a reason for cancelling the prescription.");
        }
        move(PrescriptionStatus.CANCELLED, Set.of(PrescriptionStatus.ACTIVE, PrescriptionStatus.DISPENSED),
                cancelled);
        this.cancelReason = reason.strip();
    }

    private void move(PrescriptionStatus next, Set<PrescriptionStatus> allowedFrom, Stamp stamp) {
        if (!allowedFrom.contains(status)) {
            throw new IllegalTransition("prescription", status, next);
        }
        touch(stamp);
        this.status = next;
    }

    /** Active or dispensed, and not voided: the patient is (or will be) taking it. */
    public boolean current() {
        return !voided() && (status == PrescriptionStatus.ACTIVE || status == PrescriptionStatus.DISPENSED);
    }

    public UUID encounterId() {
        return encounterId;
    }

    public CodedConcept drug() {
        return drug;
    }

    public Dosage dosage() {
        return new Dosage(dose, doseUnit, route, frequency, durationDays);
    }

    public String instructions() {
        return instructions;
    }

    public PrescriptionStatus status() {
        return status;
    }

    public String prescriber() {
        return createdBy();
    }

    public String overrideReason() {
        return overrideReason;
    }

    public String overriddenConflicts() {
        return overriddenConflicts;
    }

    public String cancelReason() {
        return cancelReason;
    }
}
