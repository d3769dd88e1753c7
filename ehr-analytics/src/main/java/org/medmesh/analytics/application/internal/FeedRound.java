package org.medmesh.analytics.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.medmesh.analytics.domain.model.FeedCursor;
import org.medmesh.analytics.domain.model.PatientUpdates;
import org.medmesh.analytics.domain.model.PatientUpdates.Erase;
import org.medmesh.analytics.domain.model.PatientUpdates.Outgoing;
import org.medmesh.analytics.domain.model.Pseudonym;
import org.medmesh.analytics.domain.model.PseudonymKey;
import org.medmesh.analytics.domain.model.RiskAssessments;
import org.medmesh.events.application.OutboxLog;
import org.medmesh.events.domain.model.SequencedEvent;
import org.medmesh.patient.application.AnalyticsConsent;
import org.medmesh.patient.domain.model.PatientId;

/**
 * One step of the analytics feed, in one database transaction holding the feed's cursor row: reads the settled outbox
 * events after the cursor, keeps those that change a model input, checks each patient's analytics consent and reads the
 * inputs ({@link OutgoingUpdates}), publishes the patient updates (and erasures) to the broker, and only then moves the
 * cursor. A crash before the commit publishes the same updates again; the broker's duplicate detection and the store's
 * unique id drop them.
 */
@Stateless
@PermitAll
public class FeedRound {

    /** How long a gap in the outbox is waited for before it is taken as a rolled-back transaction. */
    static final Duration GAP_GRACE = Duration.ofSeconds(10);
    private static final int SWEEP_CHUNK = 500;

    @Inject
    FeedCursor cursor;

    @Inject
    OutboxLog outbox;

    @Inject
    AnalyticsConsent consent;

    @Inject
    OutgoingUpdates updates;

    @Inject
    PatientUpdates topic;

    @Inject
    RiskAssessments assessments;

    /** Handles up to {@code max} events; returns how many were settled (the cursor moved past them). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int next(PseudonymKey key, int max) {
        long from = cursor.lock();
        FeedWindow.Settled settled = FeedWindow.after(from, outbox.after(from, max), Instant.now(), GAP_GRACE);
        Map<UUID, OutgoingUpdates.Request> last = new LinkedHashMap<>();
        for (SequencedEvent event : settled.events()) {
            UpdateTrigger.of(event.event()).ifPresent(trigger -> {
                last.remove(trigger.patient());
                last.put(trigger.patient(), new OutgoingUpdates.Request(new PatientId(trigger.patient()),
                        event.event().id(), event.event().id(), trigger.action() == UpdateTrigger.Action.ERASE));
            });
        }
        List<Outgoing> outgoing = updates.of(key, List.copyOf(last.values()), Instant.now());
        if (!outgoing.isEmpty()) {
            topic.publish(outgoing);
        }
        if (settled.cursor() != from) {
            cursor.advance(settled.cursor());
        }
        return settled.events().size();
    }

    /**
     * Erases what is stored for every patient who opted out, wherever the choice was made: an opt-out replicated from
     * another hospital never passes through this hospital's outbox. The erasures go through the topic like the updates,
     * so one published before the opt-out cannot be stored after its erasure. Returns how many were sent.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sweepOptedOut(PseudonymKey key) {
        cursor.lock();
        List<PatientId> optedOut = consent.optedOut();
        List<Outgoing> erasures = new ArrayList<>();
        for (int from = 0; from < optedOut.size(); from += SWEEP_CHUNK) {
            List<Pseudonym> chunk = optedOut.subList(from, Math.min(optedOut.size(), from + SWEEP_CHUNK)).stream()
                    .map(p -> key.pseudonymOf(p.value())).toList();
            assessments.withAssessments(chunk).forEach(p -> erasures.add(new Erase(UUID.randomUUID(), p)));
        }
        if (!erasures.isEmpty()) {
            topic.publish(erasures);
        }
        return erasures.size();
    }
}
