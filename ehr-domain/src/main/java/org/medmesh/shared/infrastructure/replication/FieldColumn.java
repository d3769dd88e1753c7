package org.medmesh.shared.infrastructure.replication;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.List;

/**
 * One column of a replicated table and where its value is in the record's JSON state: a field name, or a dotted path
 * into a nested object ({@code record.createdAt}, {@code code.system}).
 */
public record FieldColumn(String path, String column, ColumnKind kind) {

    /** A text field stored under its own name. */
    public static FieldColumn text(String field) {
        return new FieldColumn(field, field, ColumnKind.TEXT);
    }

    public static FieldColumn text(String field, String column) {
        return new FieldColumn(field, column, ColumnKind.TEXT);
    }

    public static FieldColumn instant(String field, String column) {
        return new FieldColumn(field, column, ColumnKind.INSTANT);
    }

    /** The patient the record belongs to. */
    public static FieldColumn patient() {
        return new FieldColumn("patientId", "patient_id", ColumnKind.UUID);
    }

    /** The visit the record belongs to, if any. */
    public static FieldColumn encounter() {
        return new FieldColumn("encounterId", "encounter_id", ColumnKind.UUID);
    }

    /** A coding ({@code system}, {@code code}, {@code display}) stored in the columns of those names. */
    public static List<FieldColumn> coded(String field) {
        return List.of(text(field + ".system", "code_system"), text(field + ".code", "code"),
                text(field + ".display", "display"));
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
