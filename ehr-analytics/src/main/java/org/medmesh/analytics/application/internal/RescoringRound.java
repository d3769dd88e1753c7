package org.medmesh.analytics.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.medmesh.analytics.domain.model.FeedCursor;
import org.medmesh.analytics.domain.model.ModelVersion;
import org.medmesh.analytics.domain.model.PatientUpdates;
import org.medmesh.analytics.domain.model.PatientUpdates.Outgoing;
import org.medmesh.analytics.domain.model.Pseudonym;
import org.medmesh.analytics.domain.model.PseudonymKey;
import org.medmesh.analytics.domain.model.RiskAssessments;
import org.medmesh.events.application.OutboxLog;
import org.medmesh.events.domain.model.SequencedEvent;
import org.medmesh.patient.domain.model.PatientId;

/**
 * One step of a re-scoring, in one database transaction holding the feed's cursor row (so it is ordered with the feed's
 * rounds and an opt-out cannot slip between the consent check and the publication): reads up to {@code max} outbox
 * events after a position, up to the feed's own position (later changes the feed scores with the current model anyway),
 * finds the patients they concern whose latest assessment was made by another model, and sends them as the feed would
 * ({@link OutgoingUpdates}: consent checked first, an erasure for a patient who opted out).
 */
@Stateless
@PermitAll
public class RescoringRound {

    @Inject
    FeedCursor cursor;

    @Inject
    OutboxLog outbox;

    @Inject
    RiskAssessments assessments;

    @Inject
    OutgoingUpdates updates;

    @Inject
    PatientUpdates topic;

    /**
     * Where a step left off: the last outbox position read (the end when nothing was left before it), the feed's
     * position (the end), and how many patients were sent. Public: it crosses the bean's business interface, whose
     * proxy lives in another class loader.
     */
    public record Step(long position, long end, int sent) {

        public boolean done() {
            return position >= end;
        }
    }

    /** How many patients' latest assessment was made by a model other than {@code current}. */
    public int outdated(ModelVersion current) {
        return assessments.countOutdated(current);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Step next(PseudonymKey key, ModelVersion current, long from, int max) {
        long end = cursor.lock();
        long position = from;
        Map<UUID, UUID> causeOf = new LinkedHashMap<>();
        for (SequencedEvent event : outbox.after(from, max)) {
            if (event.seq() > end) {
                break;
            }
            position = event.seq();
            UpdateTrigger.of(event.event()).ifPresent(t -> causeOf.put(t.patient(), event.event().id()));
        }
        Map<Pseudonym, UUID> patientOf = new LinkedHashMap<>();
        causeOf.keySet().forEach(patient -> patientOf.put(key.pseudonymOf(patient), patient));
        Set<Pseudonym> outdated = assessments.outdated(patientOf.keySet(), current);
        List<OutgoingUpdates.Request> requests = patientOf.entrySet().stream()
                .filter(e -> outdated.contains(e.getKey()))
                .map(e -> new OutgoingUpdates.Request(new PatientId(e.getValue()), id(key, current, e.getValue()),
                        causeOf.get(e.getValue()), false))
                .toList();
        List<Outgoing> outgoing = updates.of(key, requests, Instant.now());
        if (!outgoing.isEmpty()) {
            topic.publish(outgoing);
        }
        return new Step(position == from ? Math.max(from, end) : position, end, outgoing.size());
    }

    /**
     * The id of a patient's re-scoring with a model: the same for the same patient and model (a repeated one is dropped
     * by the broker and the store), another for another model, and unlinkable to the patient without the key.
     */
    static UUID id(PseudonymKey key, ModelVersion model, UUID patient) {
        return key.derivedId(UUID.nameUUIDFromBytes(("re-scoring " + model.value() + " " + patient)
                .getBytes(StandardCharsets.UTF_8)));
    }
}
