package org.medmesh.platform.infrastructure.grid;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hospital's hot reads as the data grid holds them: encrypted and authenticated (AES-256-GCM) with a key derived
 * from {@code hospital.cache.key}, bound to their region, key and generation, under a name the grid cannot link to a
 * patient (an HMAC of region and key). A member that joins the grid without the key reads nothing and can forge
 * nothing: an entry it wrote fails to open and is refused.
 */
public final class SealedEntries {

    /** The shortest key accepted, in bytes. */
    public static final int MIN_KEY_BYTES = 32;
    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec sealing;
    private final SecretKeySpec naming;

    /** What reading an entry found. */
    public sealed interface Opened {
    }

    /** The entry, opened: kept at the generation asked for. */
    public record Value(String text) implements Opened {
    }

    /** An intact name whose entry was kept at another generation: the records changed since. */
    public record Stale() implements Opened {
    }

    /** An entry that is not one this hospital sealed for that name and generation (damaged or forged). */
    public record Refused(String why) implements Opened {
    }

    public SealedEntries(byte[] secret) {
        if (secret.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the key must have at least " + MIN_KEY_BYTES + " bytes, not "
                    + secret.length);
        }
        sealing = new SecretKeySpec(derive(secret, "medmesh hot reads: sealing"), "AES");
        naming = new SecretKeySpec(derive(secret, "medmesh hot reads: naming"), "HmacSHA256");
    }

    /** The grid's name for {@code key} in {@code region}. */
    public String name(String region, UUID key) {
        return HexFormat.of().formatHex(mac(naming, region + "\n" + key));
    }

    public byte[] seal(String region, UUID key, String generation, String text) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, region, key, generation,
                text.getBytes(StandardCharsets.UTF_8), 0);
        byte[] tag = generation.getBytes(StandardCharsets.UTF_8);
        if (tag.length > 255) {
            throw new IllegalArgumentException("generation too long");
        }
        return ByteBuffer.allocate(2 + tag.length + NONCE_BYTES + sealed.length).put(FORMAT).put((byte) tag.length)
                .put(tag).put(nonce).put(sealed).array();
    }

    public Opened open(String region, UUID key, String generation, byte[] entry) {
        if (entry.length < 2 + NONCE_BYTES || entry[0] != FORMAT || entry.length < 2 + (entry[1] & 0xff)
                + NONCE_BYTES + TAG_BITS / 8) {
            return new Refused("not an entry of this format");
        }
        int tagLength = entry[1] & 0xff;
        String kept = new String(entry, 2, tagLength, StandardCharsets.UTF_8);
        if (!kept.equals(generation)) {
            return new Stale();
        }
        byte[] nonce = new byte[NONCE_BYTES];
        System.arraycopy(entry, 2 + tagLength, nonce, 0, NONCE_BYTES);
        try {
            byte[] text = crypt(Cipher.DECRYPT_MODE, nonce, region, key, generation, entry,
                    2 + tagLength + NONCE_BYTES);
            return new Value(new String(text, StandardCharsets.UTF_8));
        } catch (IllegalStateException e) {
            return new Refused("its seal does not hold");
        }
    }

    private byte[] crypt(int mode, byte[] nonce, String region, UUID key, String generation, byte[] input,
            int offset) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, sealing, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(("medmesh hot read\n" + region + "\n" + key + "\n" + generation)
                    .getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input, offset, input.length - offset);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM: " + e.getMessage(), e);
        }
    }

    private static byte[] derive(byte[] secret, String purpose) {
        return mac(new SecretKeySpec(secret, "HmacSHA256"), purpose);
    }

    private static byte[] mac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256: " + e.getMessage(), e);
        }
    }

    /** The opened value, when there is one. */
    public static Optional<String> valueOf(Opened opened) {
        return opened instanceof Value value ? Optional.of(value.text()) : Optional.empty();
    }
}
