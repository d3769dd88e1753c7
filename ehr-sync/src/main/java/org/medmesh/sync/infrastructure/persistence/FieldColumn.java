package org.medmesh.sync.infrastructure.persistence;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * One column of a replicated table and where its value is in the record's JSON state: a field name, or a dotted path
 * into a nested object ({@code record.createdAt}, {@code code.system}).
 */
record FieldColumn(String path, String column, ColumnKind kind) {

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
