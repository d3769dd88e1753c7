package org.medmesh.analytics.infrastructure.messaging;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.medmesh.analytics.domain.model.PatientUpdates.Erase;
import org.medmesh.analytics.domain.model.PatientUpdates.Outgoing;
import org.medmesh.analytics.domain.model.PatientUpdates.Score;
import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.FeatureVector;
import org.medmesh.analytics.domain.model.PatientUpdate;
import org.medmesh.analytics.domain.model.Pseudonym;

/**
 * The JSON of a {@code patient_updates} message: {@code {"kind": "score", "updateId", "causedBy", "pseudonym", "asOf",
 * "inputs": {uciName: value}, "missing": [uciName]}} or {@code {"kind": "erase", "updateId", "pseudonym"}}. Nothing
 * else. A score without {@code causedBy} (sent before re-scoring existed) was caused by its own update id.
 */
final class UpdateMessages {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final String SCORE = "score";
    static final String ERASE = "erase";

    private UpdateMessages() {
    }

    static String kind(Outgoing message) {
        return message instanceof Score ? SCORE : ERASE;
    }

    /** Whose update it is: the broker's message group, so one patient's updates are scored in order. */
    static String patient(Outgoing message) {
        return message instanceof Score score
                ? score.update().pseudonym().value()
                : ((Erase) message).pseudonym().value();
    }

    static UUID id(Outgoing message) {
        return message instanceof Score score ? score.update().updateId() : ((Erase) message).id();
    }

    static String toJson(Outgoing message) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("kind", kind(message));
        if (message instanceof Score score) {
            PatientUpdate update = score.update();
            JsonObjectBuilder inputs = JSON.createObjectBuilder();
            update.inputs().present().forEach((feature, value) -> inputs.add(feature.uciName(), value));
            JsonArrayBuilder missing = JSON.createArrayBuilder();
            update.inputs().missing().forEach(feature -> missing.add(feature.uciName()));
            json.add("updateId", update.updateId().toString()).add("causedBy", update.causedBy().toString())
                    .add("pseudonym", update.pseudonym().value())
                    .add("asOf", update.asOf().toString()).add("inputs", inputs).add("missing", missing);
        } else {
            Erase erase = (Erase) message;
            json.add("updateId", erase.id().toString()).add("pseudonym", erase.pseudonym().value());
        }
        return json.build().toString();
    }

    /**
     * The message read back.
     *
     * @throws IllegalArgumentException when the text is not such a message
     */
    static Outgoing fromJson(String text) {
        JsonObject json;
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            json = reader.readObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a JSON object", e);
        }
        try {
            UUID id = UUID.fromString(json.getString("updateId"));
            Pseudonym pseudonym = new Pseudonym(json.getString("pseudonym"));
            if (ERASE.equals(json.getString("kind"))) {
                return new Erase(id, pseudonym);
            }
            Map<Feature, Double> present = new EnumMap<>(Feature.class);
            JsonObject inputs = json.getJsonObject("inputs");
            for (Feature feature : Feature.values()) {
                JsonValue value = inputs.get(feature.uciName());
                if (value != null && value.getValueType() == JsonValue.ValueType.NUMBER) {
                    present.put(feature, inputs.getJsonNumber(feature.uciName()).doubleValue());
                }
            }
            UUID causedBy = UUID.fromString(json.getString("causedBy", id.toString()));
            return new Score(new PatientUpdate(id, causedBy, pseudonym, Instant.parse(json.getString("asOf")),
                    FeatureVector.of(present)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a patient update: " + e.getMessage(), e);
        }
    }
}
