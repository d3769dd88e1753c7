package org.medmesh.client.rebuild;

import jakarta.json.JsonObject;

import java.util.Map;
import java.util.TreeMap;

/**
 * A hospital's replicated tables as {@code GET /api/v1/sync/digest} describes them: rows and SHA-256 per record type.
 * Two hospitals hold the same records exactly when their digests are equal.
 */
public record TableDigests(Map<String, Table> tables) {

    /** One record type's rows and digest. */
    public record Table(long rows, String sha256) {
    }

    public TableDigests {
        tables = Map.copyOf(tables);
    }

    /** The {@code tables} member of the digest endpoint's answer. */
    public static TableDigests of(JsonObject digest) {
        Map<String, Table> tables = new TreeMap<>();
        digest.getJsonObject("tables").forEach((type, value) -> {
            JsonObject table = value.asJsonObject();
            tables.put(type, new Table(table.getJsonNumber("rows").longValueExact(), table.getString("sha256")));
        });
        return new TableDigests(tables);
    }

    public long totalRows() {
        return tables.values().stream().mapToLong(Table::rows).sum();
    }

    /**
     * The record types this hospital does not yet hold as {@code wanted} does, with rows held/wanted ({@code
     * "observation 10/12, patient 3/4"}), or "catching up" when only digests of equal counts differ.
     */
    public String lagBehind(TableDigests wanted) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(wanted.tables()).forEach((type, table) -> {
            Table held = tables.get(type);
            if (!table.equals(held)) {
                text.append(text.isEmpty() ? "" : ", ").append(type).append(' ').append(held == null ? 0 : held.rows())
                        .append('/').append(table.rows());
            }
        });
        return text.isEmpty() ? "catching up" : text.toString();
    }
}
