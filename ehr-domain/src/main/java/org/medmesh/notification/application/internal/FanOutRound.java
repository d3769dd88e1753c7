package org.medmesh.notification.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.medmesh.notification.application.InboxGrew;
import org.medmesh.notification.domain.model.Inbox;
import org.medmesh.notification.domain.model.Inbox.Recipient;
import org.medmesh.notification.domain.model.Notification;
import org.medmesh.notification.domain.model.PatientVisibility;

/**
 * One round of the fan-out, in its own transaction: takes notifications not yet fanned out (locked; another server
 * instance skips them), gives each recipient one inbox entry (none twice: the entries already there are kept; one
 * statement per notification), redacted for a recipient who may not see the patient here, and marks them fanned out.
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
        if (waiting.isEmpty()) {
            return 0;
        }
        Instant now = Instant.now();
        Recipients.Round round = recipients.round();
        Map<String, Boolean> visible = new HashMap<>();
        int delivered = 0;
        for (Notification notification : waiting) {
            UUID patient = notification.patientId();
            List<Recipient> people = new ArrayList<>();
            for (String person : round.of(notification)) {
                boolean redacted = patient != null && !visible.computeIfAbsent(patient + " " + person,
                        key -> patients.maySee(patient, person));
                people.add(new Recipient(person, redacted));
            }
            int reached = inbox.deliver(notification.id(), people, now);
            notification.rule().ifPresent(rule -> metrics.delivered(rule, reached));
            delivered += reached;
            notification.markFannedOut(now);
            notification.rule().ifPresent(metrics::created);
        }
        if (delivered > 0) {
            grew.fire(new InboxGrew());
        }
        return waiting.size();
    }
}
