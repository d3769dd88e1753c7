package org.medmesh.bench.scale;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.medmesh.bench.BenchSettings;
import org.medmesh.bench.load.ClosedLoopLoad;
import org.medmesh.bench.load.FixedRateLoad;
import org.medmesh.bench.network.BenchPatients;
import org.medmesh.bench.network.HospitalNode;
import org.medmesh.bench.report.BenchResults;
import org.medmesh.bench.report.Fact;
import org.medmesh.bench.report.Figure;
import org.medmesh.bench.scenario.JitWarmUp;
import org.medmesh.client.ward.Admission;
import org.medmesh.client.ward.ClinicalBodies;
import org.medmesh.client.ward.Coding;
import org.medmesh.client.ward.WardCalls;

/**
 * Patient search and chart load as the hospital grows: two template patients registered over REST (one with a chart),
 * then the database bulk-loaded to each size in turn (copies of the templates' rows) and, at each size, the ward's
 * lookups over REST at a fixed rate (timed from when each was due) beside the same lookups in raw SQL at the same rate.
 * Run with the peer hospital stopped, so that nothing is replicated while a million rows appear. The database gets a
 * buffer pool sized for the largest size, as a hospital of that size would run it ({@link DatabaseSizing}), and writes
 * out what each load left dirty before the lookups are timed.
 */
public final class ScaleScenario {

    public static final String SCENARIO = "scale";
    public static final String REST_SEARCH = "REST name search (family-name prefix)";
    public static final String RAW_SEARCH = "raw SQL name search (sort-name prefix)";
    public static final String REST_MRN = "REST MRN lookup";
    public static final String RAW_MRN = "raw SQL MRN lookup";
    public static final String REST_PATIENT = "REST GET patient";
    public static final String RAW_PATIENT = "raw SQL patient by id";
    public static final String REST_CHART = "REST chart";
    public static final String RAW_CHART = "raw SQL chart statements";
    private static final long SEED = 20_261_202L;
    private static final int MAX_IN_FLIGHT = 64;
    private static final int SAMPLED_PREFIXES = 20;
    private static final int WARM_UP_WORKERS = 4;

    private ScaleScenario() {
    }

    /** Runs every size of the settings on hospital {@code node}; its peer should be stopped. */
    public static void run(BenchSettings settings, WardCalls ward, String nurse, String doctor, HospitalNode node,
            BenchResults results) throws Exception {
        UUID plain = UUID.fromString(ward.registerPatient(nurse, BenchPatients.registration(900_000)));
        String chartId = ward.registerPatient(nurse, BenchPatients.registration(900_001));
        Admission admission = new Admission(chartId,
                ward.openEncounter(nurse, chartId, BenchPatients.ENCOUNTER_TYPE, BenchPatients.WARD));
        for (int beats : new int[]{64, 71, 78}) {
            ward.record(nurse, ClinicalBodies.heartRate(admission, beats));
        }
        ward.addCondition(doctor, ClinicalBodies.condition(chartId, Coding.HYPERTENSION));
        try (BulkLoader loader = BulkLoader.open(node, SEED, plain, UUID.fromString(chartId));
                RawLookups raw = new RawLookups(node)) {
            DatabaseSizing.fitPool(node, settings.sizes().get(settings.sizes().size() - 1), results);
            boolean first = true;
            for (int size : settings.sizes()) {
                BulkLoader.TopUp topUp = loader.loadUpTo(size);
                results.add(new Fact(SCENARIO, "bulk load to " + size + " patients", String.format(Locale.ROOT,
                        "%d patients, %d rows in %.1f s (%.0f rows/s)", topUp.patients(), topUp.rows(),
                        topUp.seconds(), topUp.rowsPerSecond()), ""));
                prefixMatches(node, size, results);
                QueryPlans.report(node, size, SyntheticPatient.of(SEED, 0, node.id()).idBytes(), results);
                DatabaseSizing.settle(node, size, results);
                if (first) {
                    warmUp(settings, size, node, ward, nurse, results);
                    first = false;
                }
                measure(settings, size, node.id(), ward, nurse, raw, results);
            }
        }
    }

    private static void measure(BenchSettings settings, int size, String hospital, WardCalls ward, String token,
            RawLookups raw, BenchResults results) throws InterruptedException {
        Map<String, Lookup> rest = restLookups(ward, token, size, hospital);
        timed(settings, size, results, REST_SEARCH, rest.get(REST_SEARCH));
        timed(settings, size, results, RAW_SEARCH, (n, r) -> raw.search(SyntheticPatient.familyPrefix(r)));
        timed(settings, size, results, REST_MRN, rest.get(REST_MRN));
        timed(settings, size, results, RAW_MRN, (n, r) -> raw.mrn(patient(r, size, hospital).mrn()));
        timed(settings, size, results, REST_PATIENT, rest.get(REST_PATIENT));
        timed(settings, size, results, RAW_PATIENT, (n, r) -> raw.patient(patient(r, size, hospital).id()));
        timed(settings, size, results, REST_CHART, rest.get(REST_CHART));
        timed(settings, size, results, RAW_CHART, (n, r) -> raw.chart(charted(r, size, hospital).id()));
    }

    /** The ward's lookups over REST, by series: what is timed, and what the warm-up runs. */
    private static Map<String, Lookup> restLookups(WardCalls ward, String token, int size, String hospital) {
        Map<String, Lookup> rest = new LinkedHashMap<>();
        rest.put(REST_SEARCH, (n, r) -> ward.getAsync(token, "api/v1/patients?size=20&name=" + URLEncoder.encode(
                SyntheticPatient.familyPrefix(r), StandardCharsets.UTF_8)));
        rest.put(REST_MRN, (n, r) -> ward.getAsync(token, "api/v1/patients?identifier=" + patient(r, size, hospital)
                .mrn()));
        rest.put(REST_PATIENT, (n, r) -> ward.getAsync(token, "api/v1/patients/" + patient(r, size, hospital).id()));
        rest.put(REST_CHART, (n, r) -> ward.getAsync(token, "api/v1/patients/" + charted(r, size, hospital).id()
                + "/chart"));
        return rest;
    }

    /**
     * Before the first size, the server's JIT compiles the lookups under closed-loop load until it is quiet (run alone,
     * the scenario would otherwise time the compiler at the first size).
     */
    private static void warmUp(BenchSettings settings, int size, HospitalNode node, WardCalls ward, String token,
            BenchResults results) throws InterruptedException, IOException {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Lookup> lookups = List.copyOf(restLookups(ward, token, size, node.id()).values());
        ClosedLoopLoad.Operation anyLookup = worker -> {
            SplittableRandom own = next(random);
            lookups.get(own.nextInt(lookups.size())).start(worker, own).join();
        };
        Duration atLeast = settings.warmUp().multipliedBy(2);
        JitWarmUp.run(node.serverPidFile(), SCENARIO, atLeast, settings.smoke() ? atLeast : Duration.ofMinutes(2),
                WARM_UP_WORKERS, anyLookup, results);
    }

    /** A generator of its own for each call (the warm-up's workers share {@code random}). */
    private static SplittableRandom next(SplittableRandom random) {
        synchronized (random) {
            return random.split();
        }
    }

    /** One lookup at the scenario's rate: a warm-up run, then the measured window. */
    private static void timed(BenchSettings settings, int size, BenchResults results, String series, Lookup lookup)
            throws InterruptedException {
        int rate = settings.scaleRate();
        FixedRateLoad.run(rate, settings.warmUp(), MAX_IN_FLIGHT, (sequence, due) -> lookup.start(sequence,
                new SplittableRandom(SEED ^ (sequence * 31 + 7))));
        FixedRateLoad.Run<?> run = FixedRateLoad.run(rate, settings.scaleWindow(), MAX_IN_FLIGHT, (sequence,
                due) -> lookup.start(sequence, new SplittableRandom(SEED ^ (sequence * 17 + size))));
        results.add(Figure.of(SCENARIO, series, size, run.result()));
        if (run.result().firstError() != null) {
            throw new IllegalStateException(series + " failed at " + size + " patients: " + run.result()
                    .firstError());
        }
    }

    @FunctionalInterface
    private interface Lookup {

        CompletableFuture<?> start(long sequence, SplittableRandom random);
    }

    private static SyntheticPatient patient(SplittableRandom random, int size, String hospital) {
        return SyntheticPatient.of(SEED, random.nextInt(size), hospital);
    }

    private static SyntheticPatient charted(SplittableRandom random, int size, String hospital) {
        return SyntheticPatient.of(SEED, random.nextInt(size / SyntheticPatient.CHART_EVERY)
                * SyntheticPatient.CHART_EVERY, hospital);
    }

    /** How many patients a typed prefix finds at this size (mean over sampled prefixes): the work a search faces. */
    private static void prefixMatches(HospitalNode node, int size, BenchResults results) throws SQLException {
        SplittableRandom random = new SplittableRandom(SEED);
        long total = 0;
        try (Connection db = node.connect();
                PreparedStatement count = db.prepareStatement(
                        "SELECT COUNT(DISTINCT patient_id) FROM patient_name_token WHERE token LIKE ?")) {
            for (int i = 0; i < SAMPLED_PREFIXES; i++) {
                count.setString(1, org.medmesh.patient.domain.model.SearchableName.fold(SyntheticPatient
                        .familyPrefix(random)) + "%");
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total += row.getLong(1);
                }
            }
        }
        results.add(new Fact(SCENARIO, "patients matching a typed three-letter prefix at " + size + " (mean of "
                + SAMPLED_PREFIXES + ")", Long.toString(total / SAMPLED_PREFIXES), ""));
    }
}
