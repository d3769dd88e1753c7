package org.medmesh.notification.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.medmesh.notification.application.InboxGrew;
import org.medmesh.notification.domain.model.Inbox;
import org.medmesh.notification.domain.model.InboxEntry;
import org.medmesh.notification.domain.model.Notification;
import org.medmesh.notification.domain.model.PatientVisibility;

/**
 * One round of the fan-out, in its own transaction: takes notifications not yet fanned out (locked; another server
 * instance skips them), gives each recipient one inbox entry (none twice: the entries already there are kept), redacted
 * for a recipient who may not see the patient here, and marks them fanned out.
 */
@Stateless
@PermitAll
public class FanOutRound {

    @Inject
    Inbox inbox;

    @Inject
    Recipients recipients;

    @Inject
    PatientVisibility patients;

    @Inject
    NotificationMetrics metrics;

    @Inject
    Event<InboxGrew> grew;

    /** Fans out up to {@code max} notifications; returns how many were taken. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int next(int max) {
        List<Notification> waiting = inbox.lockWaitingForFanOut(max);
        Instant now = Instant.now();
        int delivered = 0;
        for (Notification notification : waiting) {
            Set<String> already = inbox.recipientsOf(notification.id());
            for (String person : recipients.of(notification)) {
                if (already.contains(person)) {
                    continue;
                }
                boolean redacted = notification.patientId() != null && !patients.maySee(notification.patientId(),
                        person);
                inbox.store(new InboxEntry(notification.id(), person, redacted, now));
                notification.rule().ifPresent(metrics::delivered);
                delivered++;
            }
            notification.markFannedOut(now);
            notification.rule().ifPresent(metrics::created);
        }
        if (delivered > 0) {
            grew.fire(new InboxGrew());
        }
        return waiting.size();
    }
}
