package org.medmesh.identity.application;

import jakarta.annotation.security.PermitAll;

import org.medmesh.shared.domain.model.Stamp;

/** The signed-in staff member on whose behalf an application service runs. */
public interface Caller {

    /** Should return the caller's username, or fail if nobody is signed in. */
    @PermitAll
    String username();

    /** Should stamp a change with the caller, this hospital and the current time. */
    @PermitAll
    Stamp stamp();
}
