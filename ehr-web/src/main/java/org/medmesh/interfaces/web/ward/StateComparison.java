package org.medmesh.interfaces.web.ward;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Two states of one record side by side, field by field (nested fields as {@code code.display}), for a reviewer to see
 * what differs: the fields that differ first, then the rest, each group in name order. The bookkeeping every state
 * carries (its {@code record} block, {@code schemaVersion}) is left out: who changed each version, and when, is said
 * once ({@link #changedBy}).
 */
public final class StateComparison {

    /** One field: its value in each state (empty when absent), and whether they differ. */
    public record Row(String field, String winner, String loser, boolean differs) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    private static final Set<String> BOOKKEEPING = Set.of("record", "schemaVersion");

    private StateComparison() {
    }

    public static List<Row> of(JsonObject winner, JsonObject loser) {
        Map<String, String> left = flat(winner);
        Map<String, String> right = flat(loser);
        TreeMap<String, Boolean> fields = new TreeMap<>();
        left.keySet().forEach(f -> fields.put(f, true));
        right.keySet().forEach(f -> fields.put(f, true));
        List<Row> differing = new ArrayList<>();
        List<Row> same = new ArrayList<>();
        for (String field : fields.keySet()) {
            String a = left.getOrDefault(field, "");
            String b = right.getOrDefault(field, "");
            (a.equals(b) ? same : differing).add(new Row(field, a, b, !a.equals(b)));
        }
        differing.addAll(same);
        return differing;
    }

    /** Who changed this version of the record and when ("nurse.x, 2026-12-05T10:15:00Z"); empty when unknown. */
    public static String changedBy(JsonObject state) {
        JsonObject record = state == null ? null : state.getJsonObject("record");
        if (record == null) {
            return "";
        }
        return record.getString("changedBy", "") + ", " + record.getString("changedAt", "");
    }

    private static Map<String, String> flat(JsonObject state) {
        Map<String, String> fields = new TreeMap<>();
        if (state != null) {
            state.forEach((name, value) -> {
                if (!BOOKKEEPING.contains(name)) {
                    flatten(name, value, fields);
                }
            });
        }
        return fields;
    }

    private static void flatten(String field, JsonValue value, Map<String, String> into) {
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            value.asJsonObject().forEach((name, inner) -> flatten(field + "." + name, inner, into));
        } else if (value.getValueType() == JsonValue.ValueType.STRING) {
            into.put(field, ((JsonString) value).getString());
        } else if (value.getValueType() != JsonValue.ValueType.NULL) {
            into.put(field, value.toString());
        }
    }
}
