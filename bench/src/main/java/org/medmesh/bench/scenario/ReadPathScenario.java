package org.medmesh.bench.scenario;

import jakarta.json.Json;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

import org.medmesh.bench.BenchSettings;
import org.medmesh.bench.load.ClosedLoopLoad;
import org.medmesh.bench.load.LoadResult;
import org.medmesh.bench.network.HospitalNode;
import org.medmesh.client.ward.WardCalls;
import org.medmesh.client.ward.Admission;
import org.medmesh.bench.report.BenchResults;
import org.medmesh.bench.report.Fact;
import org.medmesh.bench.report.Figure;

/**
 * Reads at increasing concurrency (closed loop) beside their limit, level by level in the same run: a nurse's GET of an
 * admitted patient, of its chart and a name search (a three-letter prefix of an admitted patient's family name) over
 * REST, and the same patient rows by primary key in raw JDBC on the node's database, one connection per worker.
 */
public final class ReadPathScenario {

    public static final String SCENARIO = "read";
    public static final String REST_PATIENT = "REST GET patient";
    public static final String REST_CHART = "REST chart";
    public static final String REST_SEARCH = "REST name search (family-name prefix)";
    public static final String RAW_PATIENT = "raw JDBC: patient by primary key";
    /** Admitted patients whose family names give the searched prefixes. */
    private static final int SAMPLED_NAMES = 20;

    private ReadPathScenario() {
    }

    public static void run(BenchSettings settings, WardCalls ward, String token, List<Admission> admissions,
            HospitalNode node, BenchResults results) throws Exception {
        List<String> prefixes = familyPrefixes(ward, token, admissions);
        results.add(new Fact(SCENARIO, "names searched (three-letter prefixes of admitted patients' family names)",
                String.join(", ", prefixes), ""));
        observations(node, admissions.size(), results);
        List<byte[]> keys = admissions.stream().map(a -> RawKeyReads.key(a.patientId())).toList();
        ClosedLoopLoad.Operation patient = worker -> ward.patient(token, any(admissions).patientId());
        ClosedLoopLoad.Operation chart = worker -> ward.chart(token, any(admissions).patientId());
        ClosedLoopLoad.Operation search = worker -> ward.searchByName(token, any(prefixes));
        // As for writes, the server's JIT compiles the read paths under load until it is quiet, before the first level.
        int warmUpWorkers = settings.concurrency().get(settings.concurrency().size() / 2);
        List<ClosedLoopLoad.Operation> all = List.of(patient, chart, search);
        ClosedLoopLoad.Operation mixed = worker -> any(all).call(worker);
        Duration atLeast = settings.warmUp().multipliedBy(6);
        JitWarmUp.run(node.serverPidFile(), SCENARIO, atLeast, settings.smoke()
                ? atLeast
                : WritePathScenario.MOST_WARM_UP, warmUpWorkers, mixed, results);
        for (int workers : settings.concurrency()) {
            measure(settings, workers, REST_PATIENT, patient, results);
            measure(settings, workers, REST_CHART, chart, results);
            measure(settings, workers, REST_SEARCH, search, results);
            try (RawKeyReads raw = RawKeyReads.open(node, workers)) {
                measure(settings, workers, RAW_PATIENT, worker -> raw.read(worker, any(keys)), results);
            }
        }
    }

    private static void measure(BenchSettings settings, int workers, String series,
            ClosedLoopLoad.Operation operation, BenchResults results) throws InterruptedException {
        LoadResult result = ClosedLoopLoad.run(workers, settings.warmUp(), settings.writeWindow(), operation);
        results.add(Figure.of(SCENARIO, series, workers, result));
        if (result.firstError() != null) {
            throw new IllegalStateException(series + " failed at concurrency " + workers + ": "
                    + result.firstError());
        }
    }

    /** The distinct first three letters of the family names of admitted patients, sampled across the list. */
    private static List<String> familyPrefixes(WardCalls ward, String token, List<Admission> admissions)
            throws IOException, InterruptedException {
        TreeSet<String> prefixes = new TreeSet<>();
        int step = Math.max(1, admissions.size() / SAMPLED_NAMES);
        for (int i = 0; i < admissions.size(); i += step) {
            String family = Json.createReader(new StringReader(ward.patient(token, admissions.get(i).patientId())))
                    .readObject().getString("familyName");
            prefixes.add(family.substring(0, family.offsetByCodePoints(0, Math.min(3, family.codePointCount(0,
                    family.length())))));
        }
        return List.copyOf(prefixes);
    }

    /** How many observations the charts read hold: the chart's work grows with them. */
    private static void observations(HospitalNode node, int patients, BenchResults results) throws SQLException {
        try (Connection db = node.connect();
                Statement query = db.createStatement();
                ResultSet count = query.executeQuery("SELECT COUNT(*) FROM observation WHERE voided_at IS NULL")) {
            count.next();
            results.add(new Fact(SCENARIO, "observations at the hospital when the reads began, per admitted patient",
                    String.format(Locale.ROOT, "%.1f", count.getLong(1) / (double) Math.max(1, patients)), ""));
        }
    }

    private static <T> T any(List<T> list) {
        return list.get(ThreadLocalRandom.current().nextInt(list.size()));
    }
}
