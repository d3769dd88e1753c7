package org.medmesh.patient.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.medmesh.shared.domain.model.HospitalId;
import org.medmesh.shared.domain.model.ReplicatedRecord;
import org.medmesh.shared.domain.model.Stamp;

/**
 * Emergency access ("break the glass") of one staff member of one hospital (the grant's home hospital) to one patient
 * whose consent would otherwise refuse it, with the stated reason, until it expires. Grants are append-only and
 * replicated, so the patient's home hospital learns of every one; an expired grant simply stops allowing anything.
 */
@Entity
@Table(name = "break_glass_grant")
public class BreakGlassGrant extends ReplicatedRecord {

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(name = "grantee", nullable = false, updatable = false, length = 64)
    private String grantee;

    @Column(name = "reason", nullable = false, updatable = false, length = 500)
    private String reason;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected BreakGlassGrant() {
    }

    /** A grant to the staff member of {@code granted} for {@code lasting}, from the grant's time. */
    public BreakGlassGrant(PatientId patient, BreakGlassReason reason, Duration lasting, Stamp granted) {
        super(granted);
        this.patientId = patient.value();
        this.grantee = granted.by();
        this.reason = reason.text();
        this.expiresAt = Stamp.micros(granted.at().plus(lasting));
    }

    /** Whether the grant lets {@code user} of {@code hospital} in at {@code now}. */
    public boolean allows(String user, HospitalId hospital, Instant now) {
        return !voided() && grantee.equals(user) && homeHospital().equals(hospital) && now.isBefore(expiresAt);
    }

    public PatientId patientId() {
        return new PatientId(patientId);
    }

    public String grantee() {
        return grantee;
    }

    public String reason() {
        return reason;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
