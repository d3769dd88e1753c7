package org.medmesh.sync.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.medmesh.shared.domain.model.HospitalId;
import org.medmesh.sync.domain.model.Change;
import org.medmesh.sync.domain.model.Outcome;

/**
 * Hospitals connected by an unreliable transport, driven step by step from one seed: messages are dropped, duplicated,
 * delivered out of order and late; confirmations are lost; hospitals crash (also between applying a change and
 * confirming it) and restart; wall clocks are skewed. The relay re-sends what a peer has not confirmed.
 */
final class SimulatedNetwork {

    /** Knobs of one run. */
    record Faults(double drop, double duplicate, double crash, double crashMidApply, long maxSkewMillis) {
    }

    final Map<HospitalId, SimulatedHospital> hospitals = new LinkedHashMap<>();
    final List<Change> written = new ArrayList<>();
    /** For each local write, the change that produced the state it was made on (what its author saw). */
    final Map<UUID, UUID> basedOn = new HashMap<>();

    private final Random random;
    private final Faults faults;
    private final List<Envelope> inFlight = new ArrayList<>();
    private final Map<HospitalId, Long> skew = new HashMap<>();
    private long now = 1_795_400_000_000L;

    private record Envelope(HospitalId from, HospitalId to, Change change) {
    }

    SimulatedNetwork(long seed, int hospitalCount, Faults faults) {
        this.random = new Random(seed);
        this.faults = faults;
        for (int i = 0; i < hospitalCount; i++) {
            HospitalId id = new HospitalId("hosp" + (char) ('A' + i));
            skew.put(id, faults.maxSkewMillis() == 0 ? 0 : random.nextLong(faults.maxSkewMillis()));
            hospitals.put(id, new SimulatedHospital(id, () -> now - skew.get(id)));
        }
    }

    Random random() {
        return random;
    }

    void tick() {
        now += random.nextInt(20);
    }

    /** A local write at a hospital that is up, remembered with what its author saw. */
    Change write(SimulatedHospital at, String type, String aggregateType, UUID aggregateId, UUID patientId,
            String payload) {
        UUID sawBefore = at.store.find(aggregateType, aggregateId).map(s -> s.producedBy()).orElse(null);
        Change change = at.write(type, aggregateType, aggregateId, patientId, payload);
        written.add(change);
        if (sawBefore != null) {
            basedOn.put(change.eventId(), sawBefore);
        }
        return change;
    }

    /** The relay of one hospital sends every change a peer has not confirmed (again, if need be). */
    void relay(SimulatedHospital from) {
        if (!from.up()) {
            return;
        }
        for (SimulatedHospital to : hospitals.values()) {
            if (to == from) {
                continue;
            }
            for (Change change : from.outbox) {
                if (from.confirmedBy(to.id).contains(change.eventId()) || random.nextDouble() < faults.drop()) {
                    continue;
                }
                inFlight.add(new Envelope(from.id, to.id, change));
                if (random.nextDouble() < faults.duplicate()) {
                    inFlight.add(new Envelope(from.id, to.id, change));
                }
            }
        }
    }

    /** Delivers one message picked at random (so, out of order), unless its receiver is down. */
    void deliverOne() {
        if (inFlight.isEmpty()) {
            return;
        }
        Envelope envelope = inFlight.remove(random.nextInt(inFlight.size()));
        SimulatedHospital to = hospitals.get(envelope.to());
        if (!to.up()) {
            return;
        }
        Outcome outcome = to.receive(envelope.change());
        if (outcome == null) {
            throw new AssertionError("no outcome");
        }
        if (random.nextDouble() < faults.crashMidApply()) {
            to.crash();
            return;
        }
        if (random.nextDouble() >= faults.drop()) {
            hospitals.get(envelope.from()).confirmedBy(to.id).add(envelope.change().eventId());
        }
    }

    void maybeCrashOrRestart() {
        for (SimulatedHospital hospital : hospitals.values()) {
            if (hospital.up() && random.nextDouble() < faults.crash()) {
                hospital.crash();
            } else if (!hospital.up() && random.nextDouble() < 0.2) {
                hospital.restart();
            }
        }
    }

    /** Everything delivered and confirmed everywhere, nobody down. */
    boolean quiescent() {
        if (!inFlight.isEmpty()) {
            return false;
        }
        for (SimulatedHospital from : hospitals.values()) {
            if (!from.up()) {
                return false;
            }
            for (SimulatedHospital to : hospitals.values()) {
                if (to != from && !from.confirmedBy(to.id).containsAll(
                        from.outbox.stream().map(Change::eventId).toList())) {
                    return false;
                }
            }
        }
        return true;
    }

    void restartAll() {
        hospitals.values().stream().filter(h -> !h.up()).forEach(SimulatedHospital::restart);
    }
}
