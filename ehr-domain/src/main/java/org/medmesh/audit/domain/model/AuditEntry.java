package org.medmesh.audit.domain.model;

/**
 * A chained entry: its position, its content, the hash of the entry before it, the key it was hashed with and its own
 * hash.
 *
 * @param seq position in the chain, from 1, without gaps
 * @param record what happened
 * @param previousHash the hash of entry {@code seq - 1} ({@link AuditChain#GENESIS} for the first)
 * @param chainKeyId the {@link ChainKey#id() id} of the chain key the hash was made with; null for an entry written
 *            without one (plain SHA-256, as before the chain was keyed)
 * @param hash this entry's hash, covering {@code seq}, the content and {@code previousHash}
 */
public record AuditEntry(long seq, AuditRecord record, String previousHash, String chainKeyId, String hash) {
}
