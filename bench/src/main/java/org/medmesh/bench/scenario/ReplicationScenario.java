package org.medmesh.bench.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.medmesh.bench.BenchSettings;
import org.medmesh.bench.load.FixedRateLoad;
import org.medmesh.bench.load.Latencies;
import org.medmesh.bench.load.LoadResult;
import org.medmesh.bench.network.HospitalNode;
import org.medmesh.bench.report.BenchResults;
import org.medmesh.bench.report.Fact;
import org.medmesh.bench.report.Figure;
import org.medmesh.client.ward.Admission;
import org.medmesh.client.ward.ClinicalBodies;
import org.medmesh.client.ward.WardCalls;

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
    public static final String PEER_DOWN = "lag A→B with hospC down";
    private static final Duration CATCH_UP = Duration.ofMinutes(3);
    private static final int MAX_IN_FLIGHT = 256;

    private ReplicationScenario() {
    }

    public static void run(BenchSettings settings, WardCalls wardA, String token, List<Admission> admissions,
            HospitalNode a, HospitalNode b, BenchResults results) throws Exception {
        PeerInbox inbox = new PeerInbox(b, a);
        requireCaughtUp(inbox, "before the replication scenario");
        for (int rate : settings.rates()) {
            Measured measured = measure(settings, wardA, token, admissions, inbox, rate);
            results.add(Figure.of(SCENARIO, WRITE, rate, measured.write()));
            results.add(Figure.of(SCENARIO, LAG, rate, new LoadResult(measured.lag(), measured.lag().count(),
                    measured.lost(), measured.write().seconds(), null)));
            results.add(Figure.of(SCENARIO, END_TO_END, rate, new LoadResult(measured.endToEnd(),
                    measured.endToEnd().count(), measured.lost(), measured.write().seconds(), null)));
            results.add(new Fact(SCENARIO, "at " + rate + "/s: written at A, lost, duplicated at B",
                    measured.written() + ", " + measured.lost() + ", " + measured.duplicated(), ""));
        }
    }

    /**
     * The same rates with the network's third hospital (hospC) down: its queue at A grows, on an address of its own,
     * while B's lag is measured; reported as facts beside the figures with every hospital up.
     */
    public static void withAPeerDown(BenchSettings settings, WardCalls wardA, String token,
            List<Admission> admissions, HospitalNode a, HospitalNode b, BenchResults results) throws Exception {
        PeerInbox inbox = new PeerInbox(b, a);
        requireCaughtUp(inbox, "before the replication scenario with hospC down");
        for (int rate : settings.rates()) {
            Measured measured = measure(settings, wardA, token, admissions, inbox, rate);
            results.add(new Fact(SCENARIO, PEER_DOWN + " at " + rate + "/s (achieved " + Math.round(measured.write()
                    .perSecond()) + "/s)", String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms; lost %d, "
                            + "duplicated %d", measured.lag().percentileMillis(50),
                            measured.lag().percentileMillis(99), measured.lost(), measured.duplicated()),
                    ""));
        }
    }

    private record Measured(LoadResult write, Latencies lag, Latencies endToEnd, long written, long lost,
            long duplicated) {
    }

    /** One rate: the writes at A, then each one's lag to B; a lost or duplicated change fails the run. */
    private static Measured measure(BenchSettings settings, WardCalls wardA, String token, List<Admission> admissions,
            PeerInbox inbox, int rate) throws Exception {
        Instant since = Instant.now().minusSeconds(1);
        FixedRateLoad.Run<String> run = FixedRateLoad.run(rate, settings.rateWindow(), MAX_IN_FLIGHT,
                (sequence, due) -> wardA.recordAsync(token, ClinicalBodies.heartRate(admissions.get((int) (sequence
                        % admissions.size())), 50 + (int) (sequence % 80))));
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
        if (lost > 0 || duplicated > 0) {
            throw new IllegalStateException("replication at " + rate + " writes/s (achieved "
                    + Math.round(run.result().perSecond()) + "/s): " + lost + " lost, " + duplicated + " duplicated");
        }
        return new Measured(run.result(), lag, endToEnd, run.done().size(), lost, duplicated);
    }

    private static void requireCaughtUp(PeerInbox inbox, String when) throws Exception {
        if (!inbox.caughtUp(CATCH_UP)) {
            throw new IllegalStateException("hospital B did not apply all of A's changes within " + CATCH_UP + " "
                    + when);
        }
    }
}
