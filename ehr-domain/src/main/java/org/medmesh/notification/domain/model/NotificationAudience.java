package org.medmesh.notification.domain.model;

import java.util.Set;

/**
 * Who is told of each kind of notification, for separation of duties: clinicians of what concerns a patient's care,
 * administrators of what concerns access, replication and accounts. Administrators read no clinical data, so they are
 * never shown a clinical alert; clinicians are never shown the administrators' notices.
 */
public enum NotificationAudience {

    /** Doctors and nurses, each only about patients whose records they may see here. */
    CLINICIANS(Set.of(Notification.HIGH_RISK)),

    /**
     * Nobody as a list: told only to the people its rule names, in their inboxes (a prescription to the pharmacists, a
     * treatment order to the ward's nurses, an abnormal result to the treating doctor, a conflict to the reviewers).
     */
    RECIPIENTS_ONLY(Set.of(Notification.PRESCRIPTION, Notification.TREATMENT, Notification.RESULT_OUT_OF_RANGE,
            Notification.SYNC_CONFLICT)),

    /** The hospital's administrators. */
    ADMINISTRATORS(Set.of(Notification.BREAK_GLASS, Notification.SYNC_QUARANTINED,
            Notification.STAFF_ACCOUNT_CHANGED));

    private final Set<String> kinds;

    NotificationAudience(Set<String> kinds) {
        this.kinds = kinds;
    }

    /** The kinds of notification this audience is told of. */
    public Set<String> kinds() {
        return kinds;
    }
}
