package org.medmesh.patient.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

import org.medmesh.shared.domain.model.ClinicalRuleViolation;
import org.medmesh.shared.domain.model.ReplicatedRecord;
import org.medmesh.shared.domain.model.Stamp;

/**
 * A patient's consent, one per patient network-wide (its id is the patient's): whether the record is shared with the
 * other hospitals for treatment, and whether it may be used for analytics. Both default to yes (analytics is opt-out).
 * Each choice keeps who changed it last, when and why; earlier states are kept by the outbox and the audit trail.
 * Consent is changed, never voided.
 */
@Entity
@Table(name = "patient_consent")
public class PatientConsent extends ReplicatedRecord {

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(name = "sharing_with_hospitals", nullable = false)
    private boolean sharingWithHospitals;

    @Column(name = "sharing_changed_at")
    private Instant sharingChangedAt;

    @Column(name = "sharing_changed_by", length = 64)
    private String sharingChangedBy;

    @Column(name = "sharing_reason", length = 500)
    private String sharingReason;

    @Column(name = "analytics_use", nullable = false)
    private boolean analyticsUse;

    @Column(name = "analytics_changed_at")
    private Instant analyticsChangedAt;

    @Column(name = "analytics_changed_by", length = 64)
    private String analyticsChangedBy;

    @Column(name = "analytics_reason", length = 500)
    private String analyticsReason;

    protected PatientConsent() {
    }

    /** The defaults, as every patient has them until someone records a choice. */
    public PatientConsent(PatientId patient, Stamp created) {
        super(patient.value(), created);
        this.patientId = patient.value();
        this.sharingWithHospitals = true;
        this.analyticsUse = true;
    }

    /** Records the patient's choices; only a choice that differs from the current one gets the new stamp. */
    public void choose(boolean sharing, boolean analytics, String reason, Stamp changed) {
        if (reason == null || reason.isBlank()) {
            throw new ClinicalRuleViolation("consent-reason-required", "Say why the consent changes.");
        }
        touch(changed);
        String why = reason.strip();
        if (sharing != sharingWithHospitals) {
            sharingWithHospitals = sharing;
            sharingChangedAt = changed.at();
            sharingChangedBy = changed.by();
            sharingReason = why;
        }
        if (analytics != analyticsUse) {
            analyticsUse = analytics;
            analyticsChangedAt = changed.at();
            analyticsChangedBy = changed.by();
            analyticsReason = why;
        }
    }

    public PatientId patientId() {
        return new PatientId(patientId);
    }

    public boolean sharingWithHospitals() {
        return sharingWithHospitals;
    }

    public Instant sharingChangedAt() {
        return sharingChangedAt;
    }

    public String sharingChangedBy() {
        return sharingChangedBy;
    }

    public String sharingReason() {
        return sharingReason;
    }

    public boolean analyticsUse() {
        return analyticsUse;
    }

    public Instant analyticsChangedAt() {
        return analyticsChangedAt;
    }

    public String analyticsChangedBy() {
        return analyticsChangedBy;
    }

    public String analyticsReason() {
        return analyticsReason;
    }
}
