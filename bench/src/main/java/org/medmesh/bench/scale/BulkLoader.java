package org.medmesh.bench.scale;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;

import org.medmesh.bench.network.HospitalNode;
import org.medmesh.bench.scale.PatientTables.Table;

/**
 * Grows a hospital's database to a number of synthetic patients, as the schema owner, a chunk per transaction: the
 * chunk's patients and name words go into scratch tables ({@code LOAD DATA}), and from there into the node's tables as
 * copies of the template patients' rows. No outbox events are written (the copies are not changes to replicate) and
 * nothing is audited: this is a database restored from elsewhere, not the node's work. Logs progress in rows per
 * second.
 */
public final class BulkLoader implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BulkLoader.class.getName());
    private static final int CHUNK = 50_000;

    private final Connection db;
    private final ScratchTables scratch;
    private final PatientTables tables;
    private final CopyStatements copies;
    private final long seed;
    private final String hospital;
    private int loaded;

    /**
     * What one top-up did.
     *
     * @param patients patients added
     * @param rows rows written into the node's tables
     * @param seconds how long it took
     */
    public record TopUp(int patients, long rows, double seconds) {

        public double rowsPerSecond() {
            return seconds <= 0 ? 0 : rows / seconds;
        }
    }

    private BulkLoader(Connection db, long seed, String hospital, UUID plainTemplate, UUID chartTemplate)
            throws SQLException {
        this.db = db;
        this.seed = seed;
        this.hospital = hospital;
        this.tables = PatientTables.read(db);
        this.copies = new CopyStatements(plainTemplate, chartTemplate);
        this.scratch = new ScratchTables(db);
    }

    /** Opens a loader on the node's database; the templates are patients the node registered itself. */
    public static BulkLoader open(HospitalNode node, long seed, UUID plainTemplate, UUID chartTemplate)
            throws SQLException {
        String url = node.dbUrl() + (node.dbUrl().contains("?") ? "&" : "?") + "allowLocalInfile=true";
        Connection db = DriverManager.getConnection(url, node.dbUser(), node.dbPassword());
        try {
            try (Statement session = db.createStatement()) {
                session.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
            }
            db.setAutoCommit(false);
            return new BulkLoader(db, seed, node.id(), plainTemplate, chartTemplate);
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Adds patients until {@code target} synthetic patients are loaded. */
    public TopUp loadUpTo(int target) throws SQLException {
        long start = System.nanoTime();
        long rows = 0;
        int from = loaded;
        while (loaded < target) {
            int end = Math.min(target, loaded + CHUNK);
            List<SyntheticPatient> chunk = new ArrayList<>(end - loaded);
            for (int n = loaded; n < end; n++) {
                chunk.add(SyntheticPatient.of(seed, n, hospital));
            }
            scratch.fill(chunk);
            rows += copy();
            db.commit();
            loaded = end;
            double seconds = (System.nanoTime() - start) / 1e9;
            long written = rows;
            LOG.info(() -> String.format(Locale.ROOT, "scale: %d/%d patients loaded, %d rows in %.1f s (%.0f rows/s)",
                    end, target, written, seconds, written / Math.max(seconds, 1e-9)));
        }
        return new TopUp(loaded - from, rows, (System.nanoTime() - start) / 1e9);
    }

    private long copy() throws SQLException {
        long rows = 0;
        try (Statement insert = db.createStatement()) {
            rows += insert.executeUpdate(copies.patients(tables.patient()));
            rows += insert.executeUpdate(copies.nameTokens(tables.nameToken()));
            for (Table table : tables.records()) {
                rows += insert.executeUpdate(copies.records(table));
            }
        }
        return rows;
    }

    public int loaded() {
        return loaded;
    }

    @Override
    public void close() throws SQLException {
        try {
            db.rollback();
            scratch.drop();
        } finally {
            db.close();
        }
    }
}
