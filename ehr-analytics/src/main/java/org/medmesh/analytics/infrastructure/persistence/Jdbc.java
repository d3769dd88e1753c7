package org.medmesh.analytics.infrastructure.persistence;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Column conversions: ids as {@code BINARY(16)}, instants as UTC {@code DATETIME(6)}. */
final class Jdbc {

    static final String DATA_SOURCE = "java:app/jdbc/hospital";

    private Jdbc() {
    }

    static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }

    static UUID uuid(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static Instant instant(Timestamp at) {
        return at.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
