package org.medmesh.bench.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.medmesh.bench.network.HospitalNode;
import org.medmesh.bench.report.BenchResults;
import org.medmesh.bench.report.Fact;

/**
 * The hospital's database sized and settled as its operator would run it: an InnoDB buffer pool for the patients it
 * holds (the node's default of 64 MiB is sized for a demo; docs/launcher.md, "Server sizing", says how to size it), and
 * after a bulk load the dirty pages written out before lookups are timed, so that the figures measure lookups and not
 * the load's write-back. Set through the instance's root account on its socket, as an operator would
 * ({@code SET GLOBAL}).
 */
final class DatabaseSizing {

    private static final Logger LOG = Logger.getLogger(DatabaseSizing.class.getName());
    /** A patient of the scale population with its name words, chart and indexes takes about 1 KB on disk. */
    private static final long BYTES_PER_PATIENT = 1024;
    private static final long DEFAULT_POOL = 64L << 20;
    private static final long CHUNK = 128L << 20;
    private static final Duration MOST_SETTLE = Duration.ofMinutes(3);
    private static final Duration POLL = Duration.ofMillis(500);

    private DatabaseSizing() {
    }

    /** Gives the node's database a buffer pool that holds {@code patients} patients (at least the node default). */
    static void fitPool(HospitalNode node, int patients, BenchResults results) throws IOException,
            InterruptedException {
        long wanted = Math.max(DEFAULT_POOL, (patients * BYTES_PER_PATIENT + CHUNK - 1) / CHUNK * CHUNK);
        root(node, "SET GLOBAL innodb_buffer_pool_size = " + wanted);
        long deadline = System.nanoTime() + MOST_SETTLE.toNanos();
        long size;
        do {
            size = Long.parseLong(root(node, "SELECT @@innodb_buffer_pool_size").strip());
            if (size < wanted) {
                TimeUnit.NANOSECONDS.sleep(POLL.toNanos());
            }
        } while (size < wanted && System.nanoTime() < deadline);
        results.add(new Fact(ScaleScenario.SCENARIO, "InnoDB buffer pool for " + patients + " patients (node "
                + "default 64 MiB; docs/launcher.md, Server sizing)", Long.toString(size >> 20), "MiB"));
    }

    /** Writes out the pages a bulk load left dirty, and reports how long that took. */
    static void settle(HospitalNode node, int size, BenchResults results) throws IOException, InterruptedException {
        long started = System.nanoTime();
        String saved = root(node, "SELECT @@innodb_max_dirty_pages_pct").strip();
        root(node, "SET GLOBAL innodb_max_dirty_pages_pct = 0");
        long dirty;
        try {
            long deadline = started + MOST_SETTLE.toNanos();
            long total = status(node, "Innodb_buffer_pool_pages_total");
            do {
                dirty = status(node, "Innodb_buffer_pool_pages_dirty");
                if (dirty * 100 > total) {
                    TimeUnit.NANOSECONDS.sleep(POLL.toNanos());
                }
            } while (dirty * 100 > total && System.nanoTime() < deadline);
        } finally {
            root(node, "SET GLOBAL innodb_max_dirty_pages_pct = " + saved);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long left = dirty;
        LOG.info(() -> String.format(Locale.ROOT, "scale: dirty pages written out in %.1f s (%d left)", seconds,
                left));
        results.add(new Fact(ScaleScenario.SCENARIO, "pages the bulk load left dirty, written out before timing at "
                + size, String.format(Locale.ROOT, "%.1f s (%d pages left)", seconds, left), ""));
    }

    private static long status(HospitalNode node, String variable) throws IOException, InterruptedException {
        return Long.parseLong(root(node, "SELECT variable_value FROM information_schema.global_status "
                + "WHERE variable_name = '" + variable + "'").strip());
    }

    /** One statement as the instance's root account, reachable only through its socket beside the pid file. */
    private static String root(HospitalNode node, String sql) throws IOException, InterruptedException {
        Path socket = node.databasePidFile().resolveSibling("mdb.sock");
        Process client = new ProcessBuilder(List.of("mariadb", "--socket=" + socket, "--user=root", "-N", "-B",
                "-e", sql)).redirectErrorStream(true).start();
        String out = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (client.waitFor() != 0) {
            throw new IOException("root SQL on " + node.id() + " failed: " + out.strip());
        }
        return out;
    }
}
