package org.medmesh.analytics.application.internal;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.medmesh.shared.domain.model.ChangeType;
import org.medmesh.analytics.domain.model.clinical.ObservationMapping;
import org.medmesh.analytics.domain.model.clinical.ObservationMapping.Code;
import org.medmesh.events.domain.model.DomainEvent;

/**
 * What an outbox event asks of analytics: a new scoring of its patient (a model input changed: demographics, or an
 * observation of a mapped code recorded or voided; or analytics use allowed again), an erasure (analytics use
 * withdrawn), or nothing.
 */
record UpdateTrigger(Action action, UUID patient) {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    enum Action {
        SCORE, ERASE
    }

    private static final Set<Code> MAPPED = mappedCodes();

    static Optional<UpdateTrigger> of(DomainEvent event) {
        if (event.patientId() == null) {
            return Optional.empty();
        }
        return ChangeType.named(event.type()).flatMap(type -> switch (type) {
            case PATIENT_REGISTERED, PATIENT_UPDATED, PATIENT_REAPPLIED -> score(event);
            case OBSERVATION_RECORDED, OBSERVATION_VOIDED -> mapped(payload(event))
                    ? score(event)
                    : Optional.empty();
            case CONSENT_CHANGED, CONSENT_REAPPLIED -> Optional.of(new UpdateTrigger(
                    payload(event).getBoolean("analyticsUse", true) ? Action.SCORE : Action.ERASE, event.patientId()));
            default -> Optional.empty();
        });
    }

    private static Optional<UpdateTrigger> score(DomainEvent event) {
        return Optional.of(new UpdateTrigger(Action.SCORE, event.patientId()));
    }

    private static boolean mapped(JsonObject observation) {
        JsonValue code = observation.get("code");
        if (!(code instanceof JsonObject concept)) {
            return false;
        }
        return MAPPED.contains(new Code(concept.getString("system", ""), concept.getString("code", "")));
    }

    private static JsonObject payload(DomainEvent event) {
        try (JsonReader reader = JSON.createReader(new StringReader(event.payload()))) {
            return reader.readObject();
        }
    }

    private static Set<Code> mappedCodes() {
        Set<Code> codes = new HashSet<>(ObservationMapping.QUANTITIES.values());
        codes.add(ObservationMapping.FASTING_GLUCOSE);
        ObservationMapping.ANSWERS.values().forEach(answers -> codes.add(answers.code()));
        return Set.copyOf(codes);
    }
}
