package org.medmesh.analytics.domain.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
    private static final byte[] DERIVED_ID = "derived-id:".getBytes(StandardCharsets.US_ASCII);

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
        return new Pseudonym(HexFormat.of().formatHex(mac(new byte[0], patientId)));
    }

    /**
     * An id derived from another with this key, such as an assessment's id from its update's: the same source always
     * gives the same id, which cannot be traced back to the source without the key, nor matched with a pseudonym.
     */
    public UUID derivedId(UUID source) {
        ByteBuffer hash = ByteBuffer.wrap(mac(DERIVED_ID, source));
        return new UUID(hash.getLong(), hash.getLong());
    }

    private byte[] mac(byte[] prefix, UUID value) {
        byte[] input = ByteBuffer.allocate(prefix.length + 16).put(prefix).putLong(value.getMostSignificantBits())
                .putLong(value.getLeastSignificantBits()).array();
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "PseudonymKey[secret]";
    }
}
