package org.medmesh.audit.domain.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A hospital's signed statement "my audit chain has entry {@code seq} with hash {@code hash}", kept by its peers so
 * that the chain cannot later be cut short or rewritten before that entry unnoticed.
 *
 * @param hospital whose chain
 * @param seq the position of the chain's head when signed
 * @param hash that entry's hash
 * @param signedAt when it was signed (to the microsecond, as stored)
 * @param keyId the id of the hospital's signing key in the network's keys
 * @param signature the Base64 Ed25519 signature over the checkpoint's content
 */
public record AuditCheckpoint(String hospital, long seq, String hash, Instant signedAt, String keyId,
        String signature) {

    public AuditCheckpoint {
        Objects.requireNonNull(hospital, "hospital");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(signature, "signature");
        if (seq < 1) {
            throw new IllegalArgumentException("a checkpoint names an entry, from 1");
        }
        signedAt = signedAt.truncatedTo(ChronoUnit.MICROS);
    }
}
