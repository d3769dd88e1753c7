package org.medmesh.clinical.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.domain.model.ClinicalRuleViolation;
import org.medmesh.shared.domain.model.IllegalTransition;
import org.medmesh.shared.domain.model.Stamp;

/**
 * A treatment or procedure: ordered by a doctor, then started and completed (with its outcome) by the nurse or doctor
 * who performs it, or cancelled with a reason. ORDERED → IN_PROGRESS → COMPLETED; ORDERED or IN_PROGRESS → CANCELLED.
 */
@Entity
@Table(name = "treatment")
public class Treatment extends PatientRecord {

    @Column(name = "encounter_id")
    private UUID encounterId;

    @Embedded
    private CodedConcept code;

    @Column(name = "instructions", length = 2000)
    private String instructions;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private TreatmentStatus status;

    @Column(name = "performed_by", length = 64)
    private String performedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "outcome", length = 2000)
    private String outcome;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    protected Treatment() {
    }

    public Treatment(PatientId patient, UUID encounterId, CodedConcept code, String instructions, Stamp ordered) {
        super(patient, ordered);
        this.encounterId = encounterId;
        this.code = code;
        this.instructions = instructions;
        this.status = TreatmentStatus.ORDERED;
    }

    public void start(Stamp started) {
        move(TreatmentStatus.IN_PROGRESS, Set.of(TreatmentStatus.ORDERED), started);
        this.performedBy = started.by();
        this.startedAt = started.at();
    }

    public void complete(String outcome, Stamp completed) {
        move(TreatmentStatus.COMPLETED, Set.of(TreatmentStatus.IN_PROGRESS), completed);
        this.performedBy = completed.by();
        this.completedAt = completed.at();
        this.outcome = outcome;
    }

    public void cancel(String reason, Stamp cancelled) {
        if (reason == null || reason.isBlank()) {
            throw new ClinicalRuleViolation("cancel-reason-required", "Give a reason for cancelling the treatment.");
        }
        move(TreatmentStatus.CANCELLED, Set.of(TreatmentStatus.ORDERED, TreatmentStatus.IN_PROGRESS), cancelled);
        this.cancelReason = reason.strip();
    }

    private void move(TreatmentStatus next, Set<TreatmentStatus> allowedFrom, Stamp stamp) {
        if (!allowedFrom.contains(status)) {
            throw new IllegalTransition("treatment", status, next);
        }
        touch(stamp);
        this.status = next;
    }

    public UUID encounterId() {
        return encounterId;
    }

    public CodedConcept code() {
        return code;
    }

    public String instructions() {
        return instructions;
    }

    public TreatmentStatus status() {
        return status;
    }

    public String orderedBy() {
        return createdBy();
    }

    public String performedBy() {
        return performedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String outcome() {
        return outcome;
    }

    public String cancelReason() {
        return cancelReason;
    }
}
