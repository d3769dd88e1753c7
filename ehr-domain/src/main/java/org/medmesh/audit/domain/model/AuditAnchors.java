package org.medmesh.audit.domain.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.medmesh.shared.domain.model.Repository;

/** Where the checkpoints are kept: the peers' checkpoints this hospital holds, and the answers to its own queries. */
@Repository
public interface AuditAnchors {

    /** This hospital's chain head as recorded. */
    AuditHead head();

    /** The hash of this hospital's entry {@code seq}, if there is one. */
    Optional<String> hashAt(long seq);

    /** Keeps a peer's checkpoint (once: the same position again is ignored). */
    void keep(AuditCheckpoint peerCheckpoint);

    /** The newest checkpoint of the hospital's chain kept here. */
    Optional<AuditCheckpoint> newestOf(String hospital);

    /** Keeps a peer's answer to the query (once per witness). */
    void keepAnswer(UUID query, AnchorAnswer answer);

    List<AnchorAnswer> answers(UUID query);
}
