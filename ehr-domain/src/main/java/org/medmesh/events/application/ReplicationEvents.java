package org.medmesh.events.application;

import jakarta.annotation.security.PermitAll;

import org.medmesh.events.domain.model.DomainEvent;

/**
 * Published to the replication module: the events it makes itself (a parked edit a reviewer applied again, a conflict's
 * resolution), appended to the outbox like any change.
 */
public interface ReplicationEvents {

    /**
     * Should append the event in the caller's transaction and wake the relay once it commits. Open to any caller
     * because only replication's services, which have checked the reviewer's role, call it.
     */
    @PermitAll
    void append(DomainEvent event);
}
