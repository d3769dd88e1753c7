package org.medmesh.bench.scenario;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.medmesh.bench.load.Latencies;
import org.medmesh.bench.report.BenchResults;
import org.medmesh.bench.report.Fact;
import org.medmesh.client.EventStream;
import org.medmesh.client.ServerSentEvent;
import org.medmesh.client.ward.Admission;
import org.medmesh.client.ward.ClinicalBodies;
import org.medmesh.client.ward.Coding;
import org.medmesh.client.ward.WardCalls;

/**
 * How soon a pharmacist's live stream shows a prescription a doctor writes: prescriptions written one after another
 * (each for another patient, so the duplicate check refuses none), each timed from the write's answer to the arrival of
 * its notification on the pharmacist's open stream ({@code GET /notifications/stream}): the transaction's commit, the
 * fan-out, the stream's push and the client's read. A prescription whose notification does not arrive within
 * {@value #DEADLINE_SECONDS} s fails the run.
 */
public final class NotificationLatency {

    static final int SAMPLES = 100;
    static final int SMOKE_SAMPLES = 3;
    static final long DEADLINE_SECONDS = 30;
    private static final String FACT = "prescription written → on the pharmacist's notification stream";

    private NotificationLatency() {
    }

    public static void run(boolean smoke, WardCalls ward, String doctor, String pharmacist,
            List<Admission> admissions, BenchResults results) throws InterruptedException {
        int samples = Math.min(admissions.size(), smoke ? SMOKE_SAMPLES : SAMPLES);
        Latencies latencies = new Latencies();
        try (EventStream stream = ward.api().stream("api/v1/notifications/stream", pharmacist, null)) {
            if (stream.status() != 200) {
                throw new IllegalStateException("the pharmacist's stream answered " + stream.status());
            }
            for (int i = 0; i < samples; i++) {
                String patient = admissions.get(i).patientId();
                ward.prescribe(doctor, ClinicalBodies.prescription(patient, Coding.AMOXICILLIN, 500, "mg", "ORAL",
                        "every 8 hours", 7));
                long written = System.nanoTime();
                awaitAbout(stream, patient);
                latencies.recordNanos(System.nanoTime() - written);
            }
        }
        results.add(new Fact(WritePathScenario.SCENARIO, FACT, String.format(Locale.ROOT,
                "p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d prescriptions)", latencies.percentileMillis(50),
                latencies.percentileMillis(99), latencies.maxMillis(), latencies.count()), ""));
    }

    private static void awaitAbout(EventStream stream, String patient) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(DEADLINE_SECONDS).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ServerSentEvent> event = stream.next(Duration.ofMillis(100));
            if (event.isPresent() && event.get().name().equals("notification")) {
                JsonObject item = Json.createReader(new StringReader(event.get().data())).readObject();
                if (patient.equals(item.getString("patientId", null))) {
                    return;
                }
            }
        }
        throw new IllegalStateException("no notification of the prescription within " + DEADLINE_SECONDS + " s");
    }
}
