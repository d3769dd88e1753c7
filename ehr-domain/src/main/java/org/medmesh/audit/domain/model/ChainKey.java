package org.medmesh.audit.domain.model;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hospital's audit chain key: each entry's hash is {@code HMAC-SHA256} under it, so whoever lacks the key (the
 * database accounts among them) cannot write an entry that verifies. {@link #none()} stands for entries written before
 * the chain was keyed (and by a node without a key): their hash is plain SHA-256. Never printed.
 */
public final class ChainKey {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MINIMUM_BYTES = 32;
    private static final int ID_LENGTH = 16;
    private static final ChainKey NONE = new ChainKey(null, null);

    private final SecretKeySpec secret;
    private final String id;

    private ChainKey(SecretKeySpec secret, String id) {
        this.secret = secret;
        this.id = id;
    }

    /**
     * A key from secret bytes.
     *
     * @throws IllegalArgumentException if the secret is shorter than 32 bytes (the hash's own length)
     */
    public static ChainKey of(byte[] secret) {
        if (secret.length < MINIMUM_BYTES) {
            throw new IllegalArgumentException("an audit chain key needs at least " + MINIMUM_BYTES + " bytes");
        }
        return new ChainKey(new SecretKeySpec(secret, ALGORITHM), sha256(secret).substring(0, ID_LENGTH));
    }

    /** No key: plain SHA-256, as every entry was hashed before the chain was keyed. */
    public static ChainKey none() {
        return NONE;
    }

    public boolean isNone() {
        return secret == null;
    }

    /** What entries name the key by: the first 16 hex digits of the key's SHA-256; null for {@link #none()}. */
    public String id() {
        return id;
    }

    /** The content's HMAC-SHA256 under this key in hex; for {@link #none()}, its plain SHA-256. */
    public String mac(byte[] content) {
        if (isNone()) {
            return sha256(content);
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return isNone() ? "ChainKey[none]" : "ChainKey[" + id + "]";
    }
}
