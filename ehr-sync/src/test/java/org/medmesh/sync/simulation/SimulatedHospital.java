package org.medmesh.sync.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;

import org.medmesh.shared.domain.model.HospitalId;
import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.domain.model.HybridLogicalClock;
import org.medmesh.shared.domain.model.VersionVector;
import org.medmesh.sync.domain.model.Change;
import org.medmesh.sync.domain.model.Outcome;
import org.medmesh.sync.domain.model.RecordState;
import org.medmesh.sync.domain.model.Replicator;

/**
 * One hospital: durable store and outbox, a clock that may run behind, and a replicator that is rebuilt on restart
 * (volatile state lost, durable state kept) — as after a kill -9.
 */
final class SimulatedHospital {

    final HospitalId id;
    final InMemoryReplicaStore store = new InMemoryReplicaStore();
    /** Local changes in commit order: the outbox. */
    final List<Change> outbox = new ArrayList<>();
    /** Per peer, the outbox changes the peer has confirmed (the relay's durable "sent" marks). */
    final Map<HospitalId, Set<UUID>> confirmed = new HashMap<>();
    final List<Hlc> issued = new ArrayList<>();
    int echoes;

    private final LongSupplier wallClock;
    private HybridLogicalClock clock;
    private Replicator replicator;
    private boolean up = true;

    SimulatedHospital(HospitalId id, LongSupplier wallClock) {
        this.id = id;
        this.wallClock = wallClock;
        restart();
    }

    /** A local write: stamp, store, append to the outbox — one transaction. */
    Change write(String type, String aggregateType, UUID aggregateId, UUID patientId, String payload) {
        Optional<RecordState> current = store.find(aggregateType, aggregateId);
        Hlc hlc = clock.now();
        issued.add(hlc);
        VersionVector vector = current.map(RecordState::vector).orElse(VersionVector.empty()).with(hlc);
        Change change = new Change(UUID.randomUUID(), type, aggregateType, aggregateId, patientId, id, hlc, vector,
                payload);
        store.put(RecordState.of(change));
        outbox.add(change);
        return change;
    }

    Outcome receive(Change change) {
        if (change.origin().equals(id)) {
            echoes++;
        }
        return replicator.receive(change);
    }

    void crash() {
        up = false;
    }

    /** Back up: a new clock resuming after the latest timestamp it can find in its durable state. */
    void restart() {
        Hlc latest = store.records.values().stream().map(RecordState::producedAt).max(Hlc::compareTo).orElse(null);
        for (Change change : outbox) {
            if (latest == null || change.hlc().after(latest)) {
                latest = change.hlc();
            }
        }
        clock = HybridLogicalClock.resumingAfter(id, wallClock, latest);
        replicator = new Replicator(store, clock::receive);
        up = true;
    }

    boolean up() {
        return up;
    }

    Set<UUID> confirmedBy(HospitalId peer) {
        return confirmed.computeIfAbsent(peer, p -> new HashSet<>());
    }
}
