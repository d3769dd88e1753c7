package org.medmesh.sync.infrastructure.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over records' ids and replication stamps (change timestamp, version vector), fed in id order: two hospitals
 * get the same digest exactly when they hold the same versions of the same records. Used for whole tables (status) and
 * for anti-entropy buckets.
 */
final class StampDigest {

    private final MessageDigest sha;
    private long rows;

    StampDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    void add(byte[] id, String hlc, String vector) {
        rows++;
        sha.update(id);
        sha.update((hlc + "|" + vector + "\n").getBytes(StandardCharsets.UTF_8));
    }

    long rows() {
        return rows;
    }

    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }
}
