package org.medmesh.analytics.domain.model;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret key pseudonyms are made with: {@code HMAC-SHA256(key, the 16 bytes of the patient id)}. The same id and
 * key always give the same pseudonym; without the key a pseudonym cannot be traced back nor recomputed from a list of
 * ids. Never printed.
 */
public final class PseudonymKey {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MINIMUM_BYTES = 32;

    private final SecretKeySpec key;

    private PseudonymKey(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /**
     * A key from secret bytes.
     *
     * @throws IllegalArgumentException if the secret is shorter than 32 bytes (the hash's own length)
     */
    public static PseudonymKey of(byte[] secret) {
        if (secret.length < MINIMUM_BYTES) {
            throw new IllegalArgumentException("a pseudonym key needs at least " + MINIMUM_BYTES + " bytes");
        }
        return new PseudonymKey(secret.clone());
    }

    public Pseudonym pseudonymOf(UUID patientId) {
        byte[] id = ByteBuffer.allocate(16).putLong(patientId.getMostSignificantBits())
                .putLong(patientId.getLeastSignificantBits()).array();
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return new Pseudonym(HexFormat.of().formatHex(mac.doFinal(id)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "PseudonymKey[secret]";
    }
}
