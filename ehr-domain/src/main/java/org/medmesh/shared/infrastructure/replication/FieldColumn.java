package org.medmesh.shared.infrastructure.replication;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * One column of a replicated table and where its value is in the record's JSON state: a field name, or a dotted path
 * into a nested object ({@code record.createdAt}, {@code code.system}).
 */
public record FieldColumn(String path, String column, ColumnKind kind) {

    /** A text field kept in {@code column}. */
    public static FieldColumn text(String field, String column) {
        return new FieldColumn(field, column, ColumnKind.TEXT);
    }

    Object valueIn(JsonObject state) {
        JsonValue value = state;
        for (String name : path.split("\\.")) {
            if (!(value instanceof JsonObject object)) {
                return null;
            }
            value = object.get(name);
        }
        return kind.toJdbc(value);
    }
}
