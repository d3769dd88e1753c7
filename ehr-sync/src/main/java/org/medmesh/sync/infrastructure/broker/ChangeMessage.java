package org.medmesh.sync.infrastructure.broker;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;

import org.medmesh.events.domain.model.DomainEvent;
import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.domain.model.HospitalId;
import org.medmesh.shared.domain.model.VersionVector;
import org.medmesh.sync.domain.model.Change;
import org.medmesh.sync.domain.model.Seal;

/**
 * A change on the wire between hospitals (JSON body of the JMS message), sealed by its origin: {@code keyId} names the
 * origin's signing key and {@code signature} is its signature (both absent on a message that was never signed, which
 * every hospital refuses).
 */
public record ChangeMessage(UUID id, String type, String aggregateType, UUID aggregateId, UUID patientId,
        String origin, String actor, Instant occurredAt, String hlc, String vector, String payload, String keyId,
        String signature) {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static ChangeMessage of(DomainEvent event, Seal seal) {
        return new ChangeMessage(event.id(), event.type(), event.aggregateType(), event.aggregateId(),
                event.patientId(), event.originHospital(), event.actor(), event.occurredAt(), event.hlc().toString(),
                event.vector().toString(), event.payload(), seal.keyId(), seal.signature());
    }

    /**
     * Reads a message body; a body that is not a whole, well-formed change is refused with the reason (it is kept in
     * quarantine, never applied in part).
     */
    public static ChangeMessage read(String body) {
        try (var reader = JSON.createReader(new StringReader(body))) {
            JsonObject json = reader.readObject();
            return new ChangeMessage(uuid(json, "id"), text(json, "type"), text(json, "aggregateType"),
                    uuid(json, "aggregateId"), json.containsKey("patientId") ? uuid(json, "patientId") : null,
                    text(json, "origin"), text(json, "actor"), Instant.parse(text(json, "occurredAt")),
                    text(json, "hlc"), text(json, "vector"), text(json, "payload"), optional(json, "keyId"),
                    optional(json, "signature"));
        } catch (JsonException | ClassCastException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not a change message: " + e.getMessage(), e);
        }
    }

    /**
     * The change as the replication rules see it, with its seal when it carries one; refuses one whose stamps do not
     * match its origin.
     */
    public Change toChange() {
        Seal seal = keyId == null || signature == null ? null : new Seal(actor, keyId, signature);
        return new Change(id, type, aggregateType, aggregateId, patientId, new HospitalId(origin), Hlc.parse(hlc),
                VersionVector.parse(vector), payload, seal);
    }

    private static String optional(JsonObject json, String name) {
        return json.containsKey(name) ? text(json, name) : null;
    }

    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (!(value instanceof JsonString string)) {
            throw new IllegalArgumentException("not a change message: no text field " + name);
        }
        return string.getString();
    }

    private static UUID uuid(JsonObject json, String name) {
        return UUID.fromString(text(json, name));
    }
}
