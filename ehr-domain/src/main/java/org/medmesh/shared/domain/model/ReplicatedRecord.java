package org.medmesh.shared.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every replicated clinical record carries: a network-wide time-ordered UUID, its home hospital, who created and
 * last changed it and when, and — instead of deletion — who voided it, when and why. The version guards against lost
 * updates.
 */
@MappedSuperclass
public abstract class ReplicatedRecord {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "home_hospital", nullable = false, updatable = false, length = 32)
    private String homeHospital;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "voided_by", length = 64)
    private String voidedBy;

    @Column(name = "void_reason", length = 500)
    private String voidReason;

    @Column(name = "change_hlc", length = 64)
    private String changeHlc;

    @Column(name = "version_vector", length = 2000)
    private String versionVector;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReplicatedRecord() {
    }

    protected ReplicatedRecord(Stamp created) {
        this(TimeOrderedUuid.next(), created);
    }

    /** For a record whose network-wide identity is derived (e.g. one per patient), not new. */
    protected ReplicatedRecord(UUID id, Stamp created) {
        this.id = Objects.requireNonNull(id, "id");
        this.homeHospital = created.hospital().value();
        this.createdAt = created.at();
        this.createdBy = created.by();
        this.changedAt = created.at();
        this.changedBy = created.by();
    }

    /** Records who changed this record and when. Refuses changes to a voided record. */
    protected void touch(Stamp changed) {
        requireNotVoided();
        this.changedAt = changed.at();
        this.changedBy = changed.by();
    }

    /**
     * Voids the record: it stays in the database, hidden by default, with who voided it, when and why (a reason a
     * reader can see). Voiding twice is refused.
     */
    public void voidRecord(Stamp voided, String reason) {
        requireNotVoided();
        if (!TextRules.hasVisibleText(reason)) {
            throw new ClinicalRuleViolation("void-reason-required", "Give a reason for voiding this record.");
        }
        this.voidedAt = voided.at();
        this.voidedBy = voided.by();
        this.voidReason = reason.strip();
        this.changedAt = voided.at();
        this.changedBy = voided.by();
    }

    /**
     * Stamps the change about to be committed with this hospital's clock: the record's state is now produced by
     * {@code change}, and its version vector includes it. Called once per change, before the change is announced.
     */
    public void stampChange(Hlc change) {
        Hlc previous = changeHlc();
        if (previous != null && !change.after(previous)) {
            throw new IllegalStateException("change " + change + " does not follow " + previous);
        }
        this.changeHlc = change.toString();
        this.versionVector = versionVector().with(change).toString();
    }

    /** The HLC of the change that produced the current state, or null before the first stamp. */
    public Hlc changeHlc() {
        return changeHlc == null ? null : Hlc.parse(changeHlc);
    }

    public VersionVector versionVector() {
        return VersionVector.parse(versionVector);
    }

    protected void requireNotVoided() {
        if (voidedAt != null) {
            throw new ClinicalRuleViolation("record-voided",
                    "This record was voided on " + voidedAt + " and can no longer change.");
        }
    }

    public UUID id() {
        return id;
    }

    public HospitalId homeHospital() {
        return new HospitalId(homeHospital);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public boolean voided() {
        return voidedAt != null;
    }

    public Instant voidedAt() {
        return voidedAt;
    }

    public String voidedBy() {
        return voidedBy;
    }

    public String voidReason() {
        return voidReason;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReplicatedRecord record && getClass() == record.getClass()
                && Objects.equals(id, record.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
