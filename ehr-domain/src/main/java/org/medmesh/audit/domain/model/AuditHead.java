package org.medmesh.audit.domain.model;

/** The last position of the chain and that entry's hash ({@link AuditChain#GENESIS} at position 0). */
public record AuditHead(long seq, String hash) {
}
