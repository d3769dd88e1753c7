package org.medmesh.events.application;

import jakarta.annotation.security.PermitAll;

import org.medmesh.shared.domain.model.Hlc;

/** This hospital's hybrid logical clock, shared by local writes (stamping) and replication (receiving). */
public interface ChangeClock {

    /** Should return a timestamp after everything this hospital issued or received, even across restarts. */
    @PermitAll
    Hlc now();

    /** Should merge a peer's timestamp so later local changes sort after it. */
    @PermitAll
    Hlc receive(Hlc remote);
}
