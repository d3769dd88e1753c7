package org.medmesh.events.application;

import jakarta.annotation.security.PermitAll;

import java.util.UUID;

import org.medmesh.shared.domain.model.Stamp;

/**
 * How application services announce a write: one call per change, inside the service's transaction, carrying the
 * record's state after the change.
 */
public interface RecordEvents {

    /**
     * Should append an event of the given type (e.g. {@code observation.recorded}) with the state serialized as JSON,
     * in the caller's transaction; fails when there is no transaction, so no event can exist without its change. Open
     * to any caller because it only runs inside application services that have already checked the role.
     */
    @PermitAll
    void recorded(String type, UUID aggregateId, UUID patientId, Stamp stamp, Object state);
}
