package org.medmesh.platform.infrastructure.backup;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingKey;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingParameters;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import com.google.crypto.tink.util.SecretBytes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The key of a hospital's backups: 32 random bytes, written in Base64, from configuration and never stored beside the
 * backups. Backups are encrypted with Tink's streaming AEAD (AES-256-GCM with HKDF-SHA256 per file, 1 MB segments):
 * every segment is authenticated and the last one is marked, so a flipped byte or a cut-off file fails to decrypt.
 */
public final class BackupKey {

    static final int BYTES = 32;
    private static final int SEGMENT_BYTES = 1 << 20;

    private final byte[] secret;

    private BackupKey(byte[] secret) {
        this.secret = secret.clone();
    }

    /** The key written as Base64 (surrounding white space ignored). */
    public static BackupKey parse(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the backup key is not Base64: give 32 random bytes in Base64, e.g. "
                    + "the output of: head -c 32 /dev/urandom | base64");
        }
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("the backup key has " + bytes.length + " bytes; it must have exactly "
                    + BYTES + " (e.g. head -c 32 /dev/urandom | base64)");
        }
        return new BackupKey(bytes);
    }

    /** The key in a file, as Base64. */
    public static BackupKey read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.US_ASCII));
    }

    /** A new random key. */
    public static BackupKey generate() {
        byte[] bytes = new byte[BYTES];
        new SecureRandom().nextBytes(bytes);
        return new BackupKey(bytes);
    }

    /** The key as Base64, for a key file. */
    public String base64() {
        return Base64.getEncoder().encodeToString(secret);
    }

    /**
     * A name for the key that reveals nothing of it (a hash of it, 16 hex digits), written in every backup's header so
     * a restore with the wrong key says so before it decrypts anything.
     */
    public String fingerprint() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("medmesh backup key fingerprint\0".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha256.digest(secret), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    StreamingAead cipher() {
        try {
            AesGcmHkdfStreamingParameters parameters = AesGcmHkdfStreamingParameters.builder()
                    .setKeySizeBytes(BYTES).setDerivedAesGcmKeySizeBytes(BYTES)
                    .setHkdfHashType(AesGcmHkdfStreamingParameters.HashType.SHA256)
                    .setCiphertextSegmentSizeBytes(SEGMENT_BYTES).build();
            return AesGcmHkdfStreaming.create(AesGcmHkdfStreamingKey.create(parameters,
                    SecretBytes.copyFrom(secret, InsecureSecretKeyAccess.get())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink refused a 32-byte AES-GCM-HKDF streaming key: " + e.getMessage(), e);
        }
    }
}
