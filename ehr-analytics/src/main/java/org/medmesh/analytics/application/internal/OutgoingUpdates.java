package org.medmesh.analytics.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import org.medmesh.analytics.domain.model.FeatureVector;
import org.medmesh.analytics.domain.model.PatientUpdate;
import org.medmesh.analytics.domain.model.PatientUpdates.Erase;
import org.medmesh.analytics.domain.model.PatientUpdates.Outgoing;
import org.medmesh.analytics.domain.model.PatientUpdates.Score;
import org.medmesh.analytics.domain.model.Pseudonym;
import org.medmesh.analytics.domain.model.PseudonymKey;
import org.medmesh.clinical.application.AnalyticsFacts;
import org.medmesh.clinical.application.AnalyticsSource;
import org.medmesh.patient.application.AnalyticsConsent;
import org.medmesh.patient.domain.model.PatientId;

/**
 * What the risk bean is sent for some patients, in the caller's transaction: the consent of them all is checked first
 * ({@code AnalyticsConsent}); a patient who opted out (or whose erasure is asked) gets an erasure, any other an update
 * with the current inputs read through {@code AnalyticsSource} — none when the patient is unknown here or a recorded
 * value is one the model cannot take (logged without the value). The analytics feed and the re-scoring both send this.
 */
@ApplicationScoped
public class OutgoingUpdates {

    private static final Logger LOG = Logger.getLogger(OutgoingUpdates.class.getName());

    @Inject
    AnalyticsConsent consent;

    @Inject
    AnalyticsSource source;

    /** One patient to send for: the update's id, the outbox event it follows, and whether an erasure is asked. */
    record Request(PatientId patient, UUID updateId, UUID causedBy, boolean erase) {
    }

    /** The messages, in the requests' order. */
    List<Outgoing> of(PseudonymKey key, List<Request> requests, Instant now) {
        Set<PatientId> usable = Set.copyOf(consent.usableForAnalytics(
                requests.stream().map(Request::patient).toList()));
        List<Outgoing> outgoing = new ArrayList<>();
        for (Request request : requests) {
            Pseudonym pseudonym = key.pseudonymOf(request.patient().value());
            if (request.erase() || !usable.contains(request.patient())) {
                outgoing.add(new Erase(request.updateId(), pseudonym));
            } else {
                update(request, pseudonym, now).map(Score::new).ifPresent(outgoing::add);
            }
        }
        return outgoing;
    }

    private Optional<PatientUpdate> update(Request request, Pseudonym pseudonym, Instant now) {
        Optional<AnalyticsFacts> facts = source.factsOf(request.patient());
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        try {
            FeatureVector inputs = FeatureInputs.of(facts.get(), LocalDate.ofInstant(now, ZoneOffset.UTC));
            return Optional.of(new PatientUpdate(request.updateId(), request.causedBy(), pseudonym, now, inputs));
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "A recorded value is outside what the risk model accepts; update " + request.updateId()
                    + " not scored");
            return Optional.empty();
        }
    }
}
