package org.medmesh.bench.scenario;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.medmesh.bench.BenchSettings;
import org.medmesh.bench.load.FixedRateLoad;
import org.medmesh.bench.load.Latencies;
import org.medmesh.bench.load.LoadResult;
import org.medmesh.bench.report.BenchResults;
import org.medmesh.bench.report.Fact;
import org.medmesh.bench.report.Figure;
import org.medmesh.bench.scoring.ScoringMeasurement;
import org.medmesh.client.ward.Admission;
import org.medmesh.client.ward.ClinicalBodies;
import org.medmesh.client.ward.WardCalls;

/**
 * Scenario 4, risk. In process: one prediction with its explanation by the production model (JMH, sampled). End to end:
 * systolic blood pressures (a model input) recorded over REST at fixed rates, one per patient, and for each the time
 * from when it was due at the client to when its prediction was stored ({@code assessedAt} of the assessment whose
 * inputs hold that pressure; client and node share this machine's clock). Each write is looked for until a deadline; a
 * write whose prediction never appears fails the run. Beside it, the REST write alone, measured in the same run.
 */
public final class RiskScenario {

    public static final String SCENARIO = "risk";
    public static final String SCORING = "scoring one patient in process (JMH)";
    public static final String END_TO_END = "observation due at the client → prediction stored";
    public static final String WRITE = "REST record blood pressure (from due)";
    private static final List<Integer> RATES = List.of(2, 5, 10);
    private static final Duration WINDOW = Duration.ofSeconds(10);
    private static final List<Integer> SMOKE_RATES = List.of(2);
    private static final Duration SMOKE_WINDOW = Duration.ofSeconds(2);
    private static final Duration PREDICTION_DEADLINE = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(20);
    private static final int MAX_IN_FLIGHT = 64;
    private static final int FIRST_PATIENT_NUMBER = 500_000;

    private RiskScenario() {
    }

    public static void scoring(BenchSettings settings, BenchResults results) throws Exception {
        ScoringMeasurement.Sampled sampled = ScoringMeasurement.run(settings.smoke());
        results.add(new Figure(SCENARIO, SCORING, 1, sampled.meanMicros() > 0 ? 1e6 / sampled.meanMicros() : 0,
                sampled.p50Micros() / 1e3, sampled.p99Micros() / 1e3, sampled.maxMicros() / 1e3, sampled.samples(),
                0));
    }

    /** The patients the end-to-end part writes to: one per write, so each write has a prediction of its own. */
    public static int patientsNeeded(BenchSettings settings) {
        return rates(settings).stream().mapToInt(rate -> (int) Math.round(rate * window(settings).toNanos() / 1e9))
                .sum();
    }

    public static void endToEnd(BenchSettings settings, WardCalls ward, String token, BenchResults results)
            throws Exception {
        List<Admission> patients = Admissions.create(ward, token, patientsNeeded(settings), FIRST_PATIENT_NUMBER);
        int next = 0;
        for (int rate : rates(settings)) {
            List<Admission> mine = patients.subList(next, next + (int) Math.round(rate * window(settings).toNanos()
                    / 1e9));
            next += mine.size();
            FixedRateLoad.Run<Written> run = FixedRateLoad.run(rate, window(settings), MAX_IN_FLIGHT,
                    (sequence, due) -> {
                        Admission patient = mine.get((int) sequence);
                        int mmHg = 100 + (int) (sequence % 90);
                        return ward.recordAsync(token, ClinicalBodies.systolicPressure(patient, mmHg))
                                .thenApply(id -> new Written(patient.patientId(), mmHg));
                    });
            results.add(Figure.of(SCENARIO, WRITE, rate, run.result()));
            Latencies endToEnd = new Latencies();
            long missing = run.result().failed();
            Instant deadline = Instant.now().plus(PREDICTION_DEADLINE);
            for (FixedRateLoad.Done<Written> done : run.done()) {
                Optional<Instant> stored = storedAt(ward, token, done.value(), deadline);
                if (stored.isEmpty()) {
                    missing++;
                    continue;
                }
                long micros = ChronoUnit.MICROS.between(Instant.EPOCH, stored.get()) - done.dueEpochMicros();
                endToEnd.recordNanos(micros * 1_000);
            }
            results.add(Figure.of(SCENARIO, END_TO_END, rate, new LoadResult(endToEnd, endToEnd.count(), missing,
                    run.result().seconds(), null)));
            results.add(new Fact(SCENARIO, "at " + rate + "/s: pressures recorded, predictions missing",
                    run.done().size() + ", " + missing, ""));
            if (missing > 0) {
                throw new IllegalStateException("risk at " + rate + " observations/s: " + missing
                        + " observation(s) without a stored prediction within " + PREDICTION_DEADLINE);
            }
        }
    }

    /** When the prediction that used this pressure was stored; empty if none appeared before the deadline. */
    private static Optional<Instant> storedAt(WardCalls ward, String token, Written written, Instant deadline)
            throws IOException, InterruptedException {
        while (true) {
            Optional<JsonObject> risk = ward.latestRisk(token, written.patientId());
            if (risk.isPresent() && usesPressure(risk.get(), written.mmHg())) {
                return Optional.of(Instant.parse(risk.get().getString("assessedAt")));
            }
            if (Instant.now().isAfter(deadline)) {
                return Optional.empty();
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private static boolean usesPressure(JsonObject risk, int mmHg) {
        return risk.getJsonArray("inputs").getValuesAs(JsonObject.class).stream()
                .anyMatch(input -> "trestbps".equals(input.getString("feature"))
                        && !input.getBoolean("imputed")
                        && ((JsonNumber) input.get("value")).doubleValue() == mmHg);
    }

    private static List<Integer> rates(BenchSettings settings) {
        return settings.smoke() ? SMOKE_RATES : RATES;
    }

    private static Duration window(BenchSettings settings) {
        return settings.smoke() ? SMOKE_WINDOW : WINDOW;
    }

    private record Written(String patientId, int mmHg) {
    }
}
