package org.medmesh.audit.domain.model;

/**
 * A chained entry: its position, its content, the hash of the entry before it and its own hash.
 *
 * @param seq position in the chain, from 1, without gaps
 * @param record what happened
 * @param previousHash the hash of entry {@code seq - 1} ({@link AuditChain#GENESIS} for the first)
 * @param hash this entry's hash, covering {@code seq}, the content and {@code previousHash}
 */
public record AuditEntry(long seq, AuditRecord record, String previousHash, String hash) {
}
