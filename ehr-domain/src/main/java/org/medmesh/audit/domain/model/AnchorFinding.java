package org.medmesh.audit.domain.model;

/**
 * What one peer's checkpoint says about this hospital's chain.
 *
 * @param witness the peer
 * @param status {@link Status}
 * @param seq the entry the checkpoint names (null when there is none)
 * @param detail for the operator
 */
public record AnchorFinding(String witness, Status status, Long seq, String detail) {

    public enum Status {
        /** The chain has the entry, with the hash the peer holds. */
        MATCHES,
        /** The chain is shorter than the checkpoint, or its entry has another hash: cut short or rewritten. */
        CONTRADICTS,
        /** The peer holds no checkpoint of this hospital yet. */
        NONE_HELD,
        /** The peer did not answer in time (down, or its bridge is). */
        NO_ANSWER
    }

    public boolean contradicts() {
        return status == Status.CONTRADICTS;
    }
}
