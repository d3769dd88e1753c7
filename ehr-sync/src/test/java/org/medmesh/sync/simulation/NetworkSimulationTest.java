package org.medmesh.sync.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.medmesh.sync.simulation.SimulatedNetwork.Faults;

/**
 * Thousands of seeded runs of 2-5 hospitals under drops, duplicates, reordering, delays, clock skew and crashes (also
 * between applying a change and confirming it). Every run must end with every change received exactly once everywhere,
 * equal digests, no echo, no silent overwrite. A failing seed is printed; replay it alone with
 * {@code -Dsync.seed=<seed>}; run more with {@code -Dsync.seeds=<count>}.
 */
class NetworkSimulationTest {

    private static final Faults HOSTILE = new Faults(0.2, 0.1, 0.01, 0.05, 5_000);
    private static final int WRITES = 60;
    private static final int MAX_STEPS = 200_000;

    @Test
    void shouldConvergeExactlyOnceWithoutEchoOrSilentOverwriteForEverySeed() {
        String replay = System.getProperty("sync.seed");
        long seeds = Long.getLong("sync.seeds", 2_000L);
        List<String> failures = new ArrayList<>();
        LongStream seedsToRun = replay != null
                ? LongStream.of(Long.parseLong(replay))
                : LongStream.rangeClosed(1, seeds);
        seedsToRun.forEach(seed -> {
            List<String> violations = Invariants.check(run(seed, HOSTILE));
            if (!violations.isEmpty()) {
                failures.add("seed " + seed + " (replay: -Dsync.seed=" + seed + "): " + violations.subList(0,
                        Math.min(5, violations.size())));
            }
        });
        assertThat(failures).as("failing seeds").isEmpty();
    }

    @Test
    void shouldDetectASilentOverwrite() {
        for (long seed = 1; seed < 500; seed++) {
            SimulatedNetwork network = run(seed, HOSTILE);
            boolean hadConflicts = network.hospitals.values().stream().anyMatch(h -> !h.store.conflicts.isEmpty());
            if (hadConflicts) {
                network.hospitals.values().forEach(h -> h.store.conflicts.clear());
                assertThat(Invariants.check(network)).anyMatch(v -> v.contains("silently overwritten"));
                return;
            }
        }
        throw new AssertionError("no seed produced a concurrent edit; the workload is too tame to test conflicts");
    }

    @Test
    void shouldDetectDivergenceAndDoubleApplication() {
        SimulatedNetwork network = run(42, HOSTILE);
        SimulatedHospital first = network.hospitals.values().iterator().next();
        first.store.receivedCount.replaceAll((id, n) -> n + 1);
        first.store.records.remove(first.store.records.firstKey());
        List<String> violations = Invariants.check(network);
        assertThat(violations).anyMatch(v -> v.contains("diverged")).anyMatch(v -> v.contains("received 2 time(s)"));
    }

    static SimulatedNetwork run(long seed, Faults faults) {
        SimulatedNetwork network = new SimulatedNetwork(seed, 2 + (int) (seed % 4), faults);
        Workload workload = new Workload(network);
        int writes = 0;
        for (int step = 0; step < MAX_STEPS; step++) {
            network.tick();
            int action = network.random().nextInt(100);
            if (writes < WRITES && action < 25) {
                workload.step();
                writes++;
            } else if (action < 40) {
                network.hospitals.values().forEach(network::relay);
            } else if (action < 98) {
                network.deliverOne();
            } else {
                network.maybeCrashOrRestart();
            }
            if (writes >= WRITES) {
                network.restartAll();
                if (network.quiescent()) {
                    return network;
                }
            }
        }
        throw new AssertionError("seed " + seed + " did not quiesce within " + MAX_STEPS + " steps");
    }
}
