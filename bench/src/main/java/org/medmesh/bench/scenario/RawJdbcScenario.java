package org.medmesh.bench.scenario;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.medmesh.bench.BenchSettings;
import org.medmesh.bench.load.ClosedLoopLoad;
import org.medmesh.bench.load.LoadResult;
import org.medmesh.bench.network.HospitalNode;
import org.medmesh.bench.report.BenchResults;
import org.medmesh.bench.report.Fact;
import org.medmesh.bench.report.Figure;

/**
 * The write path's limit: raw JDBC inserts into the same MariaDB server, one transaction per write, each worker on its
 * own connection, at the same concurrency levels. Two variants: one observation row per transaction, and the rows a
 * REST write commits (the observation and its outbox event, copied from rows the node wrote).
 */
public final class RawJdbcScenario {

    public static final String ONE_ROW = "raw JDBC: 1 row/transaction";
    public static final String SAME_ROWS = "raw JDBC: same rows as REST";

    private RawJdbcScenario() {
    }

    public static void run(BenchSettings settings, HospitalNode node, BenchResults results) throws Exception {
        try (Connection setup = node.connect()) {
            durability(setup, results);
            List<TemplateRow> rows = new ArrayList<>();
            try {
                rows.add(TemplateRow.of(setup, "observation", "voided_at IS NULL"));
                rows.add(TemplateRow.of(setup, "outbox_event", "aggregate_type = 'Observation'"));
                if (TemplateRow.exists(setup, "audit_event")) {
                    rows.add(TemplateRow.of(setup, "audit_event", "action = 'POST observations'"));
                }
                results.add(new Fact(WritePathScenario.SCENARIO, "rows per REST write (copied by raw JDBC)", String
                        .join(" + ", rows.stream().map(TemplateRow::table).toList()), ""));
                measure(settings, node, results, ONE_ROW, rows.subList(0, 1));
                measure(settings, node, results, SAME_ROWS, rows);
            } finally {
                for (TemplateRow row : rows) {
                    row.drop(setup);
                }
            }
        }
    }

    private static void measure(BenchSettings settings, HospitalNode node, BenchResults results, String series,
            List<TemplateRow> rows) throws Exception {
        for (int workers : settings.concurrency()) {
            List<Connection> connections = new ArrayList<>();
            try {
                for (int w = 0; w < workers; w++) {
                    Connection db = node.connect();
                    db.setAutoCommit(false);
                    connections.add(db);
                }
                LoadResult result = ClosedLoopLoad.run(workers, settings.warmUp(), settings.writeWindow(), worker -> {
                    Connection db = connections.get(worker);
                    for (TemplateRow row : rows) {
                        row.insertCopy(db);
                    }
                    db.commit();
                });
                results.add(Figure.of(WritePathScenario.SCENARIO, series, workers, result));
            } finally {
                for (Connection db : connections) {
                    db.close();
                }
            }
        }
    }

    /** The settings that make a commit durable, reported beside the figures. */
    private static void durability(Connection db, BenchResults results) throws SQLException {
        try (Statement query = db.createStatement();
                ResultSet vars = query.executeQuery(
                        "SHOW VARIABLES WHERE Variable_name IN ('innodb_flush_log_at_trx_commit', 'sync_binlog', 'version')")) {
            while (vars.next()) {
                results.add(
                        new Fact(WritePathScenario.SCENARIO, "MariaDB " + vars.getString(1), vars.getString(2), ""));
            }
        }
    }
}
