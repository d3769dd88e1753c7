package org.medmesh.sync.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.medmesh.sync.domain.model.Change;
import org.medmesh.sync.domain.model.Conflict;
import org.medmesh.sync.domain.model.Outcome;
import org.medmesh.sync.domain.model.RecordState;
import org.medmesh.sync.domain.model.ReplicaStore;

/** A hospital's durable replication state, kept in memory; it survives simulated crashes. */
final class InMemoryReplicaStore implements ReplicaStore {

    final TreeMap<String, RecordState> records = new TreeMap<>();
    final Map<UUID, Outcome> inbox = new LinkedHashMap<>();
    final Map<UUID, Integer> receivedCount = new HashMap<>();
    final Map<UUID, List<Change>> pendingByPatient = new LinkedHashMap<>();
    final List<Conflict> conflicts = new ArrayList<>();

    @Override
    public boolean received(UUID eventId) {
        return inbox.containsKey(eventId);
    }

    @Override
    public void markReceived(Change change, Outcome outcome) {
        inbox.put(change.eventId(), outcome);
        receivedCount.merge(change.eventId(), 1, Integer::sum);
    }

    @Override
    public Optional<RecordState> find(String aggregateType, UUID aggregateId) {
        return Optional.ofNullable(records.get(key(aggregateType, aggregateId)));
    }

    @Override
    public void put(RecordState state) {
        records.put(key(state.aggregateType(), state.aggregateId()), state);
    }

    @Override
    public boolean patientKnown(UUID patientId) {
        return records.containsKey(key("patient", patientId));
    }

    @Override
    public boolean pending(UUID eventId) {
        return pendingByPatient.values().stream().flatMap(List::stream).anyMatch(c -> c.eventId().equals(eventId));
    }

    @Override
    public void holdPending(Change change) {
        pendingByPatient.computeIfAbsent(change.patientId(), p -> new ArrayList<>()).add(change);
    }

    @Override
    public List<Change> releasePending(UUID patientId) {
        List<Change> released = pendingByPatient.remove(patientId);
        return released == null ? List.of() : released;
    }

    @Override
    public void park(Conflict conflict) {
        conflicts.add(conflict);
    }

    int pendingCount() {
        return pendingByPatient.values().stream().mapToInt(List::size).sum();
    }

    /** Everything a peer must agree on: each record's state, the change that produced it, its version vector. */
    String digest() {
        StringBuilder digest = new StringBuilder();
        records.forEach((key, state) -> digest.append(key).append('|').append(state.payload()).append('|')
                .append(state.producedBy()).append('|').append(state.vector()).append('\n'));
        return digest.toString();
    }

    private static String key(String aggregateType, UUID aggregateId) {
        return aggregateType + ":" + aggregateId;
    }
}
