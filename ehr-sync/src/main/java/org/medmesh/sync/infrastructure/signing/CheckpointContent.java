package org.medmesh.sync.infrastructure.signing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The bytes an audit checkpoint's signature covers: a version tag (never the same as a change's, so neither can pass
 * for the other), the hospital, the position, the hash and the signing time, each length-prefixed.
 */
final class CheckpointContent {

    private static final String TAG = "medmesh-audit-checkpoint-v1";

    private CheckpointContent() {
    }

    static byte[] of(String hospital, long seq, String hash, Instant signedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(160);
        for (String field : new String[]{TAG, hospital, Long.toString(seq), hash, signedAt.toString()}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }
}
