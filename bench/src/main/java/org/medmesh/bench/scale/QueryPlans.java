package org.medmesh.bench.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.medmesh.bench.network.HospitalNode;
import org.medmesh.bench.report.BenchResults;
import org.medmesh.bench.report.Fact;

/**
 * MariaDB's plan for the node's own search and chart statements on the loaded database, reported beside the figures:
 * the index each table is read by, the rows it expects to examine, and whether it sorts ({@code Using filesort}).
 */
final class QueryPlans {

    private static final String WORD = "bauer";
    private static final Map<String, String> STATEMENTS = Map.of(
            "name words of a prefix", "SELECT w.token FROM patient_name_word w WHERE w.token LIKE ? "
                    + "ORDER BY w.token LIMIT 101",
            "one word's living patients in name order", "SELECT t.sort_name, t.patient_id FROM patient_name_token t "
                    + "WHERE t.token = ? AND t.patient_voided = FALSE ORDER BY t.sort_name, t.patient_id LIMIT 21",
            "chart: latest observations", "SELECT * FROM observation WHERE patient_id = ? AND voided_at IS NULL "
                    + "ORDER BY created_at DESC, id DESC LIMIT 201");

    private QueryPlans() {
    }

    static void report(HospitalNode node, int size, byte[] chartPatient, BenchResults results) throws SQLException {
        try (Connection db = node.connect()) {
            for (Map.Entry<String, String> statement : new java.util.TreeMap<>(STATEMENTS).entrySet()) {
                try (PreparedStatement explain = db.prepareStatement("EXPLAIN " + statement.getValue())) {
                    Object parameter = statement.getKey().startsWith("chart")
                            ? chartPatient
                            : statement.getKey().startsWith("one") ? WORD : WORD.substring(0, 3) + "%";
                    explain.setObject(1, parameter);
                    results.add(new Fact(ScaleScenario.SCENARIO, "plan at " + size + ": " + statement.getKey(),
                            plan(explain), ""));
                }
            }
        }
    }

    private static String plan(PreparedStatement explain) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = explain.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString("table") + " by " + rows.getString("key") + ", ~" + rows.getString("rows")
                        + " rows" + (rows.getString("Extra") == null ? "" : " (" + rows.getString("Extra") + ")"));
            }
        }
        return String.join("; ", tables);
    }
}
