package org.medmesh.notification.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

import org.medmesh.shared.domain.model.Stamp;
import org.medmesh.shared.domain.model.TimeOrderedUuid;

/**
 * Something this hospital's administrators must be told, such as a break-the-glass access to a patient (here or, for a
 * patient registered here, at another hospital). Local to the hospital, one per kind and subject; it names the patient
 * by id only. Delivery (mail, ward UI) comes later and builds on these rows.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public static final String BREAK_GLASS = "break-glass";
    public static final String HIGH_RISK = "risk-high";
    public static final String SYNC_QUARANTINED = "sync-quarantined";

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "kind", nullable = false, updatable = false, length = 32)
    private String kind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private UUID subjectId;

    @Column(name = "patient_id", updatable = false)
    private UUID patientId;

    @Column(name = "hospital", nullable = false, updatable = false, length = 32)
    private String hospital;

    @Column(name = "actor", nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(name = "reason", updatable = false, length = 500)
    private String reason;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Notification() {
    }

    /** A break-the-glass grant ({@code subject}) made by {@code granted}: who, at which hospital, when. */
    public static Notification breakGlass(UUID grant, UUID patient, String reason, Stamp granted) {
        Notification n = new Notification();
        n.id = TimeOrderedUuid.next();
        n.kind = BREAK_GLASS;
        n.subjectId = grant;
        n.patientId = patient;
        n.hospital = granted.hospital().value();
        n.actor = granted.by();
        n.reason = reason;
        n.occurredAt = granted.at();
        n.createdAt = granted.at();
        return n;
    }

    /**
     * A heart-disease risk assessment ({@code subject}) in the high band for a patient of this hospital, made by the
     * analytics module ({@code actor}) at {@code assessedAt}; {@code summary} says what was found, without patient
     * data.
     */
    public static Notification highRisk(UUID assessment, UUID patient, String hospital, String summary,
            Instant assessedAt, Instant now) {
        Notification n = new Notification();
        n.id = TimeOrderedUuid.next();
        n.kind = HIGH_RISK;
        n.subjectId = assessment;
        n.patientId = patient;
        n.hospital = hospital;
        n.actor = "analytics";
        n.reason = summary;
        n.occurredAt = assessedAt;
        n.createdAt = now;
        return n;
    }

    /**
     * A message from a peer hospital ({@code subject}, derived from its message id) that was quarantined instead of
     * applied, delivered by the broker account {@code sender}; {@code reason} says why, without patient data.
     */
    public static Notification syncQuarantined(UUID message, String hospital, String sender, String reason,
            Instant now) {
        Notification n = new Notification();
        n.id = TimeOrderedUuid.next();
        n.kind = SYNC_QUARANTINED;
        n.subjectId = message;
        n.hospital = hospital;
        n.actor = sender;
        n.reason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        n.occurredAt = now;
        n.createdAt = now;
        return n;
    }

    public UUID id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public UUID subjectId() {
        return subjectId;
    }

    public UUID patientId() {
        return patientId;
    }

    public String hospital() {
        return hospital;
    }

    public String actor() {
        return actor;
    }

    public String reason() {
        return reason;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
