package org.medmesh.platform.infrastructure.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The clear first line of a backup: which hospital, when, and the fingerprint of the key it was encrypted with. It is
 * bound to the encrypted rest (the cipher's associated data), so changing it makes the backup fail to decrypt.
 */
public record BackupHeader(String hospital, Instant created, String keyFingerprint) {

    static final String MAGIC = "MedMesh backup 1";
    private static final int MAX_LENGTH = 256;
    private static final Pattern HOSPITAL = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16}");

    public BackupHeader {
        if (!HOSPITAL.matcher(hospital).matches() || !FINGERPRINT.matcher(keyFingerprint).matches()) {
            throw new IllegalArgumentException("a backup header names a hospital id and a key fingerprint");
        }
    }

    /** The line as written, with its newline. */
    byte[] line() {
        return (MAGIC + " hospital=" + hospital + " created=" + created + " key=" + keyFingerprint + "\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads the line from the start of a backup; refuses anything else. */
    static BackupHeader readFrom(InputStream in) throws IOException, BackupRefusedException {
        StringBuilder text = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0 || text.length() >= MAX_LENGTH || c < 0x20 || c > 0x7e) {
                throw notABackup();
            }
            text.append((char) c);
        }
        String line = text.toString();
        if (!line.startsWith(MAGIC + " ")) {
            throw notABackup();
        }
        Map<String, String> fields = new HashMap<>();
        for (String field : line.substring(MAGIC.length() + 1).split(" ")) {
            int equals = field.indexOf('=');
            if (equals > 0) {
                fields.put(field.substring(0, equals), field.substring(equals + 1));
            }
        }
        try {
            return new BackupHeader(fields.getOrDefault("hospital", ""), Instant.parse(fields.getOrDefault("created",
                    "")), fields.getOrDefault("key", ""));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw notABackup();
        }
    }

    private static BackupRefusedException notABackup() {
        return new BackupRefusedException("this file is not a MedMesh backup (its first line is not a MedMesh backup "
                + "header); nothing was changed");
    }
}
