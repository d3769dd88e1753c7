package org.medmesh.bench.scenario;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.medmesh.bench.BenchSettings;
import org.medmesh.bench.load.ClosedLoopLoad;
import org.medmesh.bench.load.LoadResult;
import org.medmesh.bench.network.HospitalNode;
import org.medmesh.bench.report.BenchResults;
import org.medmesh.bench.report.Figure;
import org.medmesh.client.ward.Admission;
import org.medmesh.client.ward.ClinicalBodies;
import org.medmesh.client.ward.WardCalls;

/**
 * REST "record observation" at increasing concurrency: a nurse's token, a heart rate for a random admitted patient,
 * through authentication, validation, the clinical service, the database (record + outbox) and the JSON answer.
 */
public final class WritePathScenario {

    public static final String SCENARIO = "write";
    public static final String REST = "REST record observation";
    /** The longest warm-up before the levels (a full run): the JIT is usually quiet well before. */
    static final Duration MOST_WARM_UP = Duration.ofMinutes(5);

    private WritePathScenario() {
    }

    public static void run(BenchSettings settings, HospitalNode node, WardCalls ward, String token,
            List<Admission> admissions, BenchResults results) throws InterruptedException, IOException {
        // The server's JIT compiles the write path under load: warm it until the compilers are quiet, so the levels
        // measure the steady state rather than the compiler.
        int warmUpWorkers = settings.concurrency().get(settings.concurrency().size() / 2);
        Duration atLeast = settings.warmUp().multipliedBy(6);
        JitWarmUp.run(node.serverPidFile(), SCENARIO, atLeast, settings.smoke() ? atLeast : MOST_WARM_UP,
                warmUpWorkers, worker -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    ward.record(token, ClinicalBodies.heartRate(admissions.get(random.nextInt(admissions.size())), 60));
                }, results);
        for (int workers : settings.concurrency()) {
            LoadResult result = ClosedLoopLoad.run(workers, settings.warmUp(), settings.writeWindow(), worker -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                ward.record(token, ClinicalBodies.heartRate(admissions.get(random.nextInt(admissions.size())), 50
                        + random.nextInt(80)));
            });
            results.add(Figure.of(SCENARIO, REST, workers, result));
            if (result.firstError() != null) {
                throw new IllegalStateException("REST writes failed at concurrency " + workers + ": "
                        + result.firstError());
            }
        }
    }
}
