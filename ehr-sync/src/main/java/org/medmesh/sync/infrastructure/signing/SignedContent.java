package org.medmesh.sync.infrastructure.signing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.medmesh.sync.domain.model.Change;

/**
 * The bytes a change's signature covers: a version tag, then the event id, type, record type and id, patient, origin,
 * timestamp (HLC), actor and the record's whole state, each length-prefixed so no two different changes share the same
 * bytes. The version vector is left out: a record's vector grows as hospitals merge it, while the origin's statement
 * (this record, in this state, written by this person here at this time) never changes.
 */
public final class SignedContent {

    private static final String TAG = "medmesh-change-v1";

    private SignedContent() {
    }

    /** The content of a received or forwarded change, which names its actor in its seal. */
    public static byte[] of(Change change) {
        if (change.seal() == null) {
            throw new IllegalArgumentException("change " + change.eventId() + " carries no seal");
        }
        return of(change, change.seal().actor());
    }

    /** The content of a change made by {@code actor}. */
    public static byte[] of(Change change, String actor) {
        return of(change.eventId(), change.type(), change.aggregateType(), change.aggregateId(), change.patientId(),
                change.origin().value(), change.hlc().toString(), actor, change.payload());
    }

    public static byte[] of(UUID eventId, String type, String aggregateType, UUID aggregateId, UUID patientId,
            String origin, String hlc, String actor, String payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + payload.length() * 2);
        for (String field : new String[]{TAG, eventId.toString(), type, aggregateType, aggregateId.toString(),
                patientId == null ? null : patientId.toString(), origin, hlc, actor, payload}) {
            if (field == null) {
                out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
                continue;
            }
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }
}
