package org.medmesh.bench.scenario;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.medmesh.bench.network.HospitalNode;
import org.medmesh.bench.report.BenchResults;
import org.medmesh.bench.report.Fact;
import org.medmesh.client.ward.Admission;
import org.medmesh.client.ward.ClinicalBodies;
import org.medmesh.client.ward.WardCalls;

/**
 * What one REST write costs the node, counted rather than timed, so it holds on a noisy machine: {@value #WRITES}
 * observations recorded one after the other, then the statements the database received (and how many of them were XA
 * control), the transactions it committed and the CPU time of the application server, divided by the writes. Counted
 * until the node has done the work each write causes afterwards (the relay, the analytics feed, the notification
 * fan-out), which is included; before it starts, the same work left by earlier scenarios is waited for.
 */
public final class WriteProfile {

    static final int WRITES = 300;
    private static final Logger LOG = Logger.getLogger(WriteProfile.class.getName());
    private static final long SETTLE_DEADLINE_MILLIS = 20_000;

    private WriteProfile() {
    }

    public static void run(HospitalNode node, WardCalls ward, String token, List<Admission> admissions,
            BenchResults results) throws Exception {
        try (Connection db = node.connect()) {
            settle(db);
            Map<String, Long> before = counters(db);
            long cpuBefore = ThreadTicks.ofProcess(node.serverPidFile());
            Map<String, Long> threadsBefore = ThreadTicks.byName(node.serverPidFile());
            for (int i = 0; i < WRITES; i++) {
                ward.record(token, ClinicalBodies.heartRate(admissions.get(i % admissions.size()), 60 + i % 40));
            }
            settle(db);
            long cpu = ThreadTicks.ofProcess(node.serverPidFile()) - cpuBefore;
            Map<String, Long> threads = ThreadTicks.since(threadsBefore, ThreadTicks.byName(node.serverPidFile()));
            Map<String, Long> after = counters(db);
            long statements = after.get("Questions") - before.get("Questions");
            long xa = after.entrySet().stream().filter(entry -> entry.getKey().startsWith("Com_xa_"))
                    .mapToLong(entry -> entry.getValue() - before.get(entry.getKey())).sum();
            long commits = after.get("Com_commit") - before.get("Com_commit");
            add(results, "statements the database received per write", statements, "");
            add(results, "of which XA control, per write", xa, "");
            add(results, "explicit commits per write", commits, "");
            add(results, "CPU of the application server per write", cpu * 1000 / ThreadTicks.PER_SECOND, "ms");
            threads.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                    .forEach(group -> add(results, "of which threads " + group.getKey(),
                            group.getValue() * 1000 / ThreadTicks.PER_SECOND, "ms"));
        }
    }

    private static void add(BenchResults results, String name, double total, String unit) {
        String value = String.format(Locale.ROOT, "%.1f", total / WRITES);
        results.add(new Fact(WritePathScenario.SCENARIO, name + " (" + WRITES + " sequential writes)", value, unit));
        LOG.info(() -> "write profile: " + name + ": " + value + " " + unit);
    }

    /**
     * Waits until every event is relayed to the broker and read by the analytics feed: the work the writes caused is
     * then done (the nodes' idle polling is not waited for, so it weighs little in the counts).
     */
    private static void settle(Connection db) throws SQLException, InterruptedException {
        long deadline = System.currentTimeMillis() + SETTLE_DEADLINE_MILLIS;
        while (System.currentTimeMillis() < deadline && (unpublished(db) > 0 || unfed(db) > 0
                || unfannedOut(db) > 0)) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    /** Events the analytics feed has not read yet (0 where the node has no feed). */
    private static long unfed(Connection db) throws SQLException {
        try (Statement query = db.createStatement();
                ResultSet row = query.executeQuery("SELECT (SELECT COALESCE(MAX(seq), 0) FROM outbox_event) "
                        + "- (SELECT last_seq FROM analytics_feed_cursor WHERE id = 1)")) {
            return row.next() ? Math.max(0, row.getLong(1)) : 0;
        }
    }

    /** Notifications whose recipients have not been given their inbox entries yet. */
    private static long unfannedOut(Connection db) throws SQLException {
        try (Statement query = db.createStatement();
                ResultSet row = query.executeQuery("SELECT COUNT(*) FROM notification WHERE fanned_out_at IS NULL")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long unpublished(Connection db) throws SQLException {
        try (Statement query = db.createStatement();
                ResultSet row = query.executeQuery("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Map<String, Long> counters(Connection db) throws SQLException {
        Map<String, Long> values = new HashMap<>();
        try (Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name = 'Questions' "
                        + "OR Variable_name = 'Com_commit' OR Variable_name LIKE 'Com\\_xa\\_%'")) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getLong(2));
            }
        }
        return values;
    }
}
