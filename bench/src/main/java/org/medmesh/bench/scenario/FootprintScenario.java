package org.medmesh.bench.scenario;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import org.medmesh.bench.network.BenchNetwork;
import org.medmesh.bench.network.HospitalNode;
import org.medmesh.bench.report.BenchResults;
import org.medmesh.bench.report.Fact;

/** A node's footprint: cold start of a stopped node until it is ready, and resident memory after the load. */
public final class FootprintScenario {

    public static final String SCENARIO = "footprint";
    public static final String COLD_START = "cold start to ready (./ehr up of a stopped hospital)";
    public static final String SERVER_RSS = "RSS of the application server after the load";
    public static final String NODE_RSS = "RSS of the node (server + database) after the load";

    private FootprintScenario() {
    }

    /** Stops a started hospital and times its start until ready (database, server, application, broker). */
    public static void coldStart(BenchNetwork network, String hospital, BenchResults results)
            throws IOException, InterruptedException {
        network.down(hospital);
        Duration took = network.up(hospital);
        results.add(new Fact(SCENARIO, COLD_START + ": " + hospital, seconds(took), "s"));
    }

    public static void memory(HospitalNode node, BenchResults results) throws IOException {
        results.add(new Fact(SCENARIO, SERVER_RSS + ": " + node.id(), mebibytes(node.serverResidentBytes()), "MiB"));
        results.add(new Fact(SCENARIO, NODE_RSS + ": " + node.id(), mebibytes(node.residentBytes()), "MiB"));
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }

    private static String mebibytes(long bytes) {
        return Long.toString(Math.round(bytes / 1024.0 / 1024.0));
    }
}
