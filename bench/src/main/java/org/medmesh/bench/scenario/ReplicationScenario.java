package org.medmesh.bench.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.medmesh.bench.BenchSettings;
import org.medmesh.bench.load.FixedRateLoad;
import org.medmesh.bench.load.Latencies;
import org.medmesh.bench.load.LoadResult;
import org.medmesh.bench.network.HospitalNode;
import org.medmesh.bench.network.WardClient;
import org.medmesh.bench.network.WardClient.Admission;
import org.medmesh.bench.report.BenchResults;
import org.medmesh.bench.report.Fact;
import org.medmesh.bench.report.Figure;

/**
 * Replication lag A→B at sustained write rates: observations recorded over REST at A at a fixed rate (open model),
 * then, from B's inbox, each one's lag from its commit at A to its apply at B. Every write must arrive exactly once: a
 * lost or duplicated change fails the run (a write the node refused is counted as failed and was never acknowledged).
 */
public final class ReplicationScenario {

    public static final String SCENARIO = "replication";
    public static final String LAG = "lag A→B: commit at A → applied at B";
    public static final String END_TO_END = "due at the client → applied at B";
    public static final String WRITE = "REST write at A (from due)";
    private static final Duration CATCH_UP = Duration.ofMinutes(3);
    private static final int MAX_IN_FLIGHT = 256;

    private ReplicationScenario() {
    }

    public static void run(BenchSettings settings, WardClient wardA, String token, List<Admission> admissions,
            HospitalNode a, HospitalNode b, BenchResults results) throws Exception {
        PeerInbox inbox = new PeerInbox(b, a);
        requireCaughtUp(inbox, "before the replication scenario");
        for (int rate : settings.rates()) {
            Instant since = Instant.now().minusSeconds(1);
            FixedRateLoad.Run<String> run = FixedRateLoad.run(rate, settings.rateWindow(), MAX_IN_FLIGHT,
                    (sequence, due) -> wardA.recordHeartRateAsync(token, admissions.get((int) (sequence
                            % admissions.size())), 50 + (int) (sequence % 80)));
            results.add(Figure.of(SCENARIO, WRITE, rate, run.result()));
            requireCaughtUp(inbox, "after " + rate + " writes/s");
            Map<UUID, PeerInbox.Applied> applied = inbox.appliedSince(since);
            Latencies lag = new Latencies();
            Latencies endToEnd = new Latencies();
            long lost = 0;
            long duplicated = 0;
            for (FixedRateLoad.Done<String> done : run.done()) {
                PeerInbox.Applied change = applied.get(UUID.fromString(done.value()));
                if (change == null) {
                    lost++;
                    continue;
                }
                duplicated += change.copies() - 1;
                lag.recordNanos((change.appliedAtMicros() - change.committedAtMillis() * 1_000) * 1_000);
                endToEnd.recordNanos((change.appliedAtMicros() - done.dueEpochMicros()) * 1_000);
            }
            double achieved = run.result().perSecond();
            results.add(Figure.of(SCENARIO, LAG, rate, new LoadResult(lag, lag.count(), lost, run.result()
                    .seconds(), null)));
            results.add(Figure.of(SCENARIO, END_TO_END, rate, new LoadResult(endToEnd, endToEnd.count(), lost,
                    run.result().seconds(), null)));
            results.add(new Fact(SCENARIO, "at " + rate + "/s: written at A, lost, duplicated at B", run.done().size()
                    + ", " + lost + ", " + duplicated, ""));
            if (lost > 0 || duplicated > 0) {
                throw new IllegalStateException("replication at " + rate + " writes/s (achieved " + Math.round(achieved)
                        + "/s): " + lost + " lost, " + duplicated + " duplicated");
            }
        }
    }

    private static void requireCaughtUp(PeerInbox inbox, String when) throws Exception {
        if (!inbox.caughtUp(CATCH_UP)) {
            throw new IllegalStateException("hospital B did not apply all of A's changes within " + CATCH_UP + " "
                    + when);
        }
    }
}
