package org.medmesh.shared.infrastructure.replication;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * How a field of a record's JSON state is stored in its column, matching the JPA mapping of the same column: UUIDs as
 * 16 big-endian bytes, instants as UTC date-times.
 */
public enum ColumnKind {

    TEXT, UUID, INSTANT, DATE, DECIMAL, INTEGER, BOOLEAN;

    /** The JDBC value for a JSON value; null for JSON null or an absent field. */
    Object toJdbc(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (this) {
            case TEXT -> text(value);
            case UUID -> bytes(java.util.UUID.fromString(text(value)));
            case INSTANT -> LocalDateTime.ofInstant(Instant.parse(text(value)), ZoneOffset.UTC);
            case DATE -> LocalDate.parse(text(value));
            case DECIMAL -> ((JsonNumber) value).bigDecimalValue();
            case INTEGER -> ((JsonNumber) value).intValueExact();
            case BOOLEAN -> booleanOf(value);
        };
    }

    private static Boolean booleanOf(JsonValue value) {
        return switch (value.getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("expected a JSON boolean, found " + value.getValueType());
        };
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new IllegalArgumentException("expected a JSON string, found " + value.getValueType());
    }

    public static byte[] bytes(java.util.UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }

    public static java.util.UUID uuid(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new java.util.UUID(buffer.getLong(), buffer.getLong());
    }
}
