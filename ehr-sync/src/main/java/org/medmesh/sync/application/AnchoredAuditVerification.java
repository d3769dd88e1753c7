package org.medmesh.sync.application;

import jakarta.annotation.security.RolesAllowed;

import org.medmesh.audit.application.AnchoredVerdict;
import org.medmesh.identity.domain.model.Roles;

/**
 * Verifies this hospital's audit chain in itself and against the checkpoints of it its peers hold: asks every peer over
 * the channel, waits for the answers ({@code hospital.audit.anchor-wait-seconds}, default 5), and reports a chain cut
 * short or rewritten before a checkpoint, naming the peer whose checkpoint shows it.
 */
public interface AnchoredAuditVerification {

    /** Should return the verdict, with one finding per peer. */
    @RolesAllowed(Roles.ADMIN)
    AnchoredVerdict verify();
}
