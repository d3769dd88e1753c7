package org.medmesh.notification.domain.model;

import java.util.Optional;

import org.medmesh.identity.domain.model.Roles;

/**
 * Every rule from an event to the people told of it, in one place. A notification records the rule that made it; the
 * rule names its audience ({@link #audience}), which the fan-out turns into people. Nobody is told of their own action.
 *
 * <table>
 * <caption>The rules</caption>
 * <tr>
 * <th>rule</th>
 * <th>event</th>
 * <th>told</th>
 * </tr>
 * <tr>
 * <td>prescription-to-pharmacy</td>
 * <td>a prescription written, cancelled or voided at this hospital</td>
 * <td>this hospital's pharmacists (the pharmacy of the prescribing hospital dispenses)</td>
 * </tr>
 * <tr>
 * <td>prescription-elsewhere-to-care-team</td>
 * <td>the same at another hospital, received by replication</td>
 * <td>the patient's care team here</td>
 * </tr>
 * <tr>
 * <td>treatment-to-ward-nurses</td>
 * <td>a treatment ordered, started or cancelled at this hospital</td>
 * <td>the nurses of the encounter's ward (every nurse when none is assigned to it)</td>
 * </tr>
 * <tr>
 * <td>result-to-doctor</td>
 * <td>an observation outside its reference range, here or received</td>
 * <td>the doctor attending the open encounter here, else the patient's care team here</td>
 * </tr>
 * <tr>
 * <td>high-risk-to-care-team</td>
 * <td>a high heart-disease risk predicted</td>
 * <td>the care team</td>
 * </tr>
 * <tr>
 * <td>conflict-to-reviewers</td>
 * <td>concurrent edits parked as a conflict</td>
 * <td>the records reviewers: this hospital's doctors, who resolve conflicts</td>
 * </tr>
 * <tr>
 * <td>break-glass-to-administrators</td>
 * <td>break-the-glass here, or elsewhere on a patient registered here</td>
 * <td>administrators</td>
 * </tr>
 * <tr>
 * <td>quarantine-to-administrators</td>
 * <td>a forged or unverifiable change quarantined</td>
 * <td>administrators</td>
 * </tr>
 * <tr>
 * <td>staff-account-to-administrators</td>
 * <td>a staff account created or changed</td>
 * <td>administrators</td>
 * </tr>
 * </table>
 */
public enum NotificationRule {

    /** A prescription of this hospital: its pharmacy dispenses it. */
    PRESCRIPTION_TO_PHARMACY("prescription-to-pharmacy", Notification.PRESCRIPTION),
    /** A prescription written for the patient at another hospital. */
    PRESCRIPTION_ELSEWHERE_TO_CARE_TEAM("prescription-elsewhere-to-care-team", Notification.PRESCRIPTION),
    /** A treatment's order, start or cancellation, for the ward that carries it out. */
    TREATMENT_TO_WARD_NURSES("treatment-to-ward-nurses", Notification.TREATMENT),
    /** An abnormal result, for the doctor who is treating the patient. */
    RESULT_TO_DOCTOR("result-to-doctor", Notification.RESULT_OUT_OF_RANGE),
    /** A high heart-disease risk. */
    HIGH_RISK_TO_CARE_TEAM("high-risk-to-care-team", Notification.HIGH_RISK),
    /** A conflict waiting for review. */
    CONFLICT_TO_REVIEWERS("conflict-to-reviewers", Notification.SYNC_CONFLICT),
    /** A break-the-glass access. */
    BREAK_GLASS_TO_ADMINISTRATORS("break-glass-to-administrators", Notification.BREAK_GLASS),
    /** A quarantined message. */
    QUARANTINE_TO_ADMINISTRATORS("quarantine-to-administrators", Notification.SYNC_QUARANTINED),
    /** A staff account's change. */
    STAFF_ACCOUNT_TO_ADMINISTRATORS("staff-account-to-administrators", Notification.STAFF_ACCOUNT_CHANGED);

    private final String ruleName;
    private final String kind;

    NotificationRule(String ruleName, String kind) {
        this.ruleName = ruleName;
        this.kind = kind;
    }

    /** The rule's name as stored and as a metric label. */
    public String ruleName() {
        return ruleName;
    }

    /** The kind of notification the rule makes. */
    public String kind() {
        return kind;
    }

    public static Optional<NotificationRule> named(String name) {
        for (NotificationRule rule : values()) {
            if (rule.ruleName.equals(name)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** The rule a clinical change at {@code thisHospital} falls under, if any. */
    public static Optional<NotificationRule> forChange(ClinicalChange change, String thisHospital) {
        boolean here = change.origin().equals(thisHospital);
        return switch (change.what()) {
            case PRESCRIPTION_CREATED, PRESCRIPTION_STOPPED -> Optional.of(here
                    ? PRESCRIPTION_TO_PHARMACY
                    : PRESCRIPTION_ELSEWHERE_TO_CARE_TEAM);
            case TREATMENT_ORDERED, TREATMENT_STARTED, TREATMENT_CANCELLED -> here
                    ? Optional.of(TREATMENT_TO_WARD_NURSES)
                    : Optional.empty();
            case RESULT_OUT_OF_RANGE -> Optional.of(RESULT_TO_DOCTOR);
        };
    }

    /** Who at this hospital is told of this rule's notification. */
    public Audience audience(Notification notification) {
        return switch (this) {
            case PRESCRIPTION_TO_PHARMACY -> new Audience.WithRole(Roles.PHARMACIST);
            case PRESCRIPTION_ELSEWHERE_TO_CARE_TEAM, HIGH_RISK_TO_CARE_TEAM -> new Audience.CareTeam(
                    notification.patientId());
            case TREATMENT_TO_WARD_NURSES -> new Audience.WardNurses(notification.encounterId());
            case RESULT_TO_DOCTOR -> new Audience.EncounterDoctor(notification.encounterId(),
                    notification.patientId());
            case CONFLICT_TO_REVIEWERS -> new Audience.WithRole(Roles.DOCTOR);
            case BREAK_GLASS_TO_ADMINISTRATORS, QUARANTINE_TO_ADMINISTRATORS, STAFF_ACCOUNT_TO_ADMINISTRATORS ->
                new Audience.WithRole(Roles.ADMIN);
        };
    }
}
