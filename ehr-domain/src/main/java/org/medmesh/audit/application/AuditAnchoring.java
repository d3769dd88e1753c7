package org.medmesh.audit.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.medmesh.audit.domain.model.AnchorAnswer;
import org.medmesh.audit.domain.model.AuditCheckpoint;
import org.medmesh.audit.domain.model.AuditHead;
import org.medmesh.identity.domain.model.Roles;

/**
 * The audit chain anchored at the peers (docs/privacy.md, "Threat model of the audit trail"): this hospital's head to
 * sign and send, the peers' checkpoints kept here, the peers' answers about this hospital's own chain, and the
 * verification that holds the chain against them. Replication's messaging carries the checkpoints and checks every
 * signature before anything reaches this service; it calls from its own threads, without a caller, and nothing here is
 * patient data — hence open to all callers, except the verification.
 */
public interface AuditAnchoring {

    /** Should return the chain's recorded head. */
    @PermitAll
    AuditHead head();

    /** Should keep a peer's checkpoint, its signature checked; the same position again changes nothing. */
    @PermitAll
    void keepPeerCheckpoint(AuditCheckpoint checkpoint);

    /** Should return the newest checkpoint of the hospital's chain kept here. */
    @PermitAll
    Optional<AuditCheckpoint> newestCheckpointOf(String hospital);

    /** Should keep a peer's answer to a verification of this hospital's chain, its signature checked. */
    @PermitAll
    void keepAnswer(UUID query, AnchorAnswer answer);

    /**
     * Should verify the chain in itself, then wait up to {@code wait} for every peer's answer to {@code query} and hold
     * the chain against the checkpoints they hold.
     */
    @RolesAllowed(Roles.ADMIN)
    AnchoredVerdict verify(UUID query, List<String> peers, Duration wait);
}
