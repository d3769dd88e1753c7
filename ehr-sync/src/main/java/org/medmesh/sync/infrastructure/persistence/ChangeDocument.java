package org.medmesh.sync.infrastructure.persistence;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;
import java.util.UUID;

import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.domain.model.HospitalId;
import org.medmesh.shared.domain.model.VersionVector;
import org.medmesh.sync.domain.model.Change;
import org.medmesh.sync.domain.model.Seal;

/**
 * A whole change as one JSON document, with its origin's seal: changes held until their patient arrives, record states
 * sent to repair a peer.
 */
public final class ChangeDocument {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ChangeDocument() {
    }

    public static String write(Change change) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("eventId", change.eventId().toString())
                .add("type", change.type())
                .add("aggregateType", change.aggregateType())
                .add("aggregateId", change.aggregateId().toString())
                .add("origin", change.origin().value())
                .add("hlc", change.hlc().toString())
                .add("vector", change.vector().toString())
                .add("payload", change.payload());
        if (change.patientId() != null) {
            json.add("patientId", change.patientId().toString());
        }
        if (change.seal() != null) {
            json.add("actor", change.seal().actor()).add("keyId", change.seal().keyId())
                    .add("signature", change.seal().signature());
        }
        return json.build().toString();
    }

    public static Change read(String document) {
        try (var reader = JSON.createReader(new StringReader(document))) {
            JsonObject json = reader.readObject();
            String patient = json.getString("patientId", null);
            Seal seal = json.containsKey("signature")
                    ? new Seal(json.getString("actor"), json.getString("keyId"), json.getString("signature"))
                    : null;
            return new Change(UUID.fromString(json.getString("eventId")), json.getString("type"),
                    json.getString("aggregateType"), UUID.fromString(json.getString("aggregateId")),
                    patient == null ? null : UUID.fromString(patient), new HospitalId(json.getString("origin")),
                    Hlc.parse(json.getString("hlc")), VersionVector.parse(json.getString("vector")),
                    json.getString("payload"), seal);
        }
    }
}
