package org.medmesh.events.application;

import jakarta.annotation.security.PermitAll;

import java.util.UUID;

import org.medmesh.shared.domain.model.ChangeType;
import org.medmesh.shared.domain.model.ReplicatedRecord;
import org.medmesh.shared.domain.model.Stamp;

/**
 * How application services announce a write: one call per change, inside the service's transaction, carrying the
 * record's state after the change.
 */
public interface RecordEvents {

    /**
     * Should stamp the record's pending change with this hospital's clock (HLC and version vector); call it before the
     * change is flushed, so the stamp is written with the change.
     */
    @PermitAll
    void stamp(ReplicatedRecord record);

    /**
     * Should append an event of the given type (e.g. {@link ChangeType#OBSERVATION_RECORDED}) carrying the record's
     * stamp and its replicated state ({@code ReplicaState}, from the context that owns the record type) serialized as
     * JSON, in the caller's transaction; fails when there is no transaction, so no event can exist without its change,
     * and when no context knows the record's state. Open to any caller because it only runs inside application services
     * that have already checked the role.
     */
    @PermitAll
    void recorded(ChangeType type, ReplicatedRecord record, UUID patientId, Stamp stamp);
}
