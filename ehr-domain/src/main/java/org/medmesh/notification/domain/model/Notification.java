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
 * Something this hospital's staff must be told: its administrators of a break-the-glass access to a patient (here or,
 * for a patient registered here, at another hospital), a quarantined message or a change of a staff account; its
 * clinicians of a patient's high heart-disease risk ({@link NotificationAudience} says whose each kind is). Local to
 * the hospital, one per kind and subject; it names the patient by id only. Delivery (mail, ward UI) comes later and
 * builds on these rows.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public static final String BREAK_GLASS = "break-glass";
    public static final String HIGH_RISK = "risk-high";
    public static final String SYNC_QUARANTINED = "sync-quarantined";
    public static final String STAFF_ACCOUNT_CHANGED = "staff-account-changed";

    private static final int REASON_LENGTH = 500;

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
        return of(BREAK_GLASS, grant, patient, granted.hospital().value(), granted.by(), reason, granted.at(),
                granted.at());
    }

    /**
     * A heart-disease risk assessment ({@code subject}) in the high band for a patient of this hospital, made by the
     * analytics module ({@code actor}) at {@code assessedAt}; {@code summary} says what was found, without patient
     * data.
     */
    public static Notification highRisk(UUID assessment, UUID patient, String hospital, String summary,
            Instant assessedAt, Instant now) {
        return of(HIGH_RISK, assessment, patient, hospital, "analytics", summary, assessedAt, now);
    }

    /**
     * A message from a peer hospital ({@code subject}, derived from its message id) that was quarantined instead of
     * applied, delivered by the broker account {@code sender}; {@code reason} says why, without patient data.
     */
    public static Notification syncQuarantined(UUID message, String hospital, String sender, String reason,
            Instant now) {
        return of(SYNC_QUARANTINED, message, null, hospital, sender, reason, now, now);
    }

    /**
     * A staff account of this hospital created, re-roled, disabled or enabled by the administrator {@code actor}, as
     * {@code what} says (usernames and roles, no patient data); each change is its own {@code subject} (a fresh
     * time-ordered UUID), so every one is listed.
     */
    public static Notification staffAccountChanged(UUID change, String hospital, String actor, String what,
            Instant at, Instant now) {
        return of(STAFF_ACCOUNT_CHANGED, change, null, hospital, actor, what, at, now);
    }

    private static Notification of(String kind, UUID subject, UUID patient, String hospital, String actor,
            String reason, Instant occurredAt, Instant createdAt) {
        Notification n = new Notification();
        n.id = TimeOrderedUuid.next();
        n.kind = kind;
        n.subjectId = subject;
        n.patientId = patient;
        n.hospital = hospital;
        n.actor = actor;
        n.reason = reason != null && reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH) : reason;
        n.occurredAt = occurredAt;
        n.createdAt = createdAt;
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
