package org.medmesh.sync.infrastructure.signing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One hospital's public signing key as the network trusts it.
 *
 * @param retiredAfter null for a key in use; for a rotated-out key, the moment after which changes stamped by it are
 *            refused (changes stamped before stay valid, wherever they are forwarded)
 */
public record TrustedKey(String hospital, String keyId, PublicKey key, Instant retiredAfter) {

    /** A key's id: the first 16 hex digits of the SHA-256 of its encoded form (X.509 SubjectPublicKeyInfo). */
    public static String idOf(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** Whether a change stamped at {@code stampedAt} may carry this key's signature. */
    public boolean validAt(Instant stampedAt) {
        return retiredAfter == null || stampedAt.isBefore(retiredAfter);
    }
}
