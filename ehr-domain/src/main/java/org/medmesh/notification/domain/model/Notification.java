package org.medmesh.notification.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.medmesh.shared.domain.model.Stamp;
import org.medmesh.shared.domain.model.TimeOrderedUuid;

/**
 * Something this hospital's staff must be told, made by a {@link NotificationRule} from an event: a prescription, a
 * treatment order, an abnormal result, a high heart-disease risk, a parked conflict, a break-the-glass access, a
 * quarantined message, a staff account's change. Local to the hospital, one per kind and subject (the event), written
 * in the transaction of the change that caused it; it names the patient by id only, with a short summary. The fan-out
 * then gives each recipient an inbox entry ({@link InboxEntry}).
 */
@Entity
@Table(name = "notification")
public class Notification {

    public static final String BREAK_GLASS = "break-glass";
    public static final String HIGH_RISK = "risk-high";
    public static final String SYNC_QUARANTINED = "sync-quarantined";
    public static final String STAFF_ACCOUNT_CHANGED = "staff-account-changed";
    public static final String PRESCRIPTION = "prescription";
    public static final String TREATMENT = "treatment";
    public static final String RESULT_OUT_OF_RANGE = "result-out-of-range";
    public static final String SYNC_CONFLICT = "sync-conflict";

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

    @Column(name = "rule", updatable = false, length = 48)
    private String rule;

    @Column(name = "encounter_id", updatable = false)
    private UUID encounterId;

    @Column(name = "topic", updatable = false, length = 200)
    private String topic;

    @Column(name = "fanned_out_at")
    private Instant fannedOutAt;

    protected Notification() {
    }

    /** A break-the-glass grant ({@code subject}) made by {@code granted}: who, at which hospital, when. */
    public static Notification breakGlass(UUID grant, UUID patient, String reason, Stamp granted) {
        return of(NotificationRule.BREAK_GLASS_TO_ADMINISTRATORS, grant, patient, granted.hospital().value(),
                granted.by(), reason, granted.at(), granted.at());
    }

    /**
     * A heart-disease risk assessment ({@code subject}) in the high band for a patient of this hospital, made by the
     * analytics module ({@code actor}) at {@code assessedAt}; {@code summary} says what was found, without patient
     * data.
     */
    public static Notification highRisk(UUID assessment, UUID patient, String hospital, String summary,
            Instant assessedAt, Instant now) {
        return of(NotificationRule.HIGH_RISK_TO_CARE_TEAM, assessment, patient, hospital, "analytics", summary,
                assessedAt, now);
    }

    /**
     * A message from a peer hospital ({@code subject}, derived from its message id) that was quarantined instead of
     * applied, delivered by the broker account {@code sender}; {@code reason} says why, without patient data.
     */
    public static Notification syncQuarantined(UUID message, String hospital, String sender, String reason,
            Instant now) {
        return of(NotificationRule.QUARANTINE_TO_ADMINISTRATORS, message, null, hospital, sender, reason, now, now);
    }

    /**
     * A staff account of this hospital created, re-roled, disabled or enabled by the administrator {@code actor}, as
     * {@code what} says (usernames and roles, no patient data); each change is its own {@code subject} (a fresh
     * time-ordered UUID), so every one is listed.
     */
    public static Notification staffAccountChanged(UUID change, String hospital, String actor, String what,
            Instant at, Instant now) {
        return of(NotificationRule.STAFF_ACCOUNT_TO_ADMINISTRATORS, change, null, hospital, actor, what, at, now);
    }

    /**
     * A clinical change ({@code change}: what happened to whose record, where and by whom) under {@code rule}; one per
     * change and kind, so a change received twice notifies once.
     */
    public static Notification clinical(NotificationRule rule, ClinicalChange change, Instant now) {
        Notification n = of(rule, change.eventId(), change.patientId(), change.origin(), change.actor(),
                change.summary(), change.at(), now);
        n.encounterId = change.encounterId();
        n.topic = change.topic() != null && change.topic().length() > 200
                ? change.topic().substring(0, 200)
                : change.topic();
        return n;
    }

    /**
     * Concurrent edits of a patient's record ({@code subject}: the parked change's event id) parked for review, with
     * {@code summary} naming the kind of record (no patient data).
     */
    public static Notification syncConflict(UUID subject, UUID patient, String hospital, String actor, String summary,
            Instant at, Instant now) {
        return of(NotificationRule.CONFLICT_TO_REVIEWERS, subject, patient, hospital, actor, summary, at, now);
    }

    private static Notification of(NotificationRule rule, UUID subject, UUID patient, String hospital, String actor,
            String reason, Instant occurredAt, Instant createdAt) {
        Notification n = new Notification();
        n.id = TimeOrderedUuid.next();
        n.kind = rule.kind();
        n.rule = rule.ruleName();
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

    /** What a repeat of it is recognised by, when it has one. */
    public Optional<String> topic() {
        return Optional.ofNullable(topic);
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

    /** The rule that made it (empty for a notification older than the rules). */
    public Optional<NotificationRule> rule() {
        return rule == null ? Optional.empty() : NotificationRule.named(rule);
    }

    public UUID encounterId() {
        return encounterId;
    }

    /** Whether its recipients have been worked out and given their inbox entries. */
    public boolean fannedOut() {
        return fannedOutAt != null;
    }

    public void markFannedOut(Instant at) {
        fannedOutAt = at;
    }
}
