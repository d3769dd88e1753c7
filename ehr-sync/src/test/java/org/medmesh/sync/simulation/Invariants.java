package org.medmesh.sync.simulation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.sync.domain.model.Change;
import org.medmesh.sync.domain.model.Conflict;
import org.medmesh.sync.domain.model.Outcome;
import org.medmesh.sync.domain.model.RecordState;
import org.medmesh.sync.domain.model.ReplicationPolicy;

/** What must hold once a simulated network is quiescent; returns every violation found. */
final class Invariants {

    private Invariants() {
    }

    static List<String> check(SimulatedNetwork network) {
        List<String> violations = new ArrayList<>();
        List<SimulatedHospital> hospitals = List.copyOf(network.hospitals.values());
        for (Change change : network.written) {
            for (SimulatedHospital h : hospitals) {
                if (h.id.equals(change.origin())) {
                    continue;
                }
                Outcome outcome = h.store.inbox.get(change.eventId());
                int times = h.store.receivedCount.getOrDefault(change.eventId(), 0);
                if (outcome == null || times != 1 || outcome == Outcome.DUPLICATE || outcome == Outcome.PENDING) {
                    violations.add(change.type() + " " + change.eventId() + " from " + change.origin() + " at "
                            + h.id + ": received " + times + " time(s), outcome " + outcome);
                }
            }
        }
        String reference = hospitals.get(0).store.digest();
        for (SimulatedHospital h : hospitals) {
            if (!h.store.digest().equals(reference)) {
                violations.add(h.id + " diverged from " + hospitals.get(0).id);
            }
            if (h.echoes != 0 || h.outbox.stream().anyMatch(c -> !c.origin().equals(h.id))) {
                violations.add(h.id + " received its own changes back (" + h.echoes + " echoes)");
            }
            if (h.store.pendingCount() != 0) {
                violations.add(h.id + " still holds " + h.store.pendingCount() + " pending change(s)");
            }
            for (int i = 1; i < h.issued.size(); i++) {
                if (!h.issued.get(i).after(h.issued.get(i - 1))) {
                    violations.add(h.id + " issued a non-increasing HLC " + h.issued.get(i));
                }
            }
        }
        violations.addAll(noSilentOverwrite(network, hospitals.get(0)));
        return violations;
    }

    /**
     * Every edit of a mutable record either is the record's final state, or was seen by whoever changed the record
     * next, or is parked as a conflict loser. Voids of append-only records always leave the record voided.
     */
    private static List<String> noSilentOverwrite(SimulatedNetwork network, SimulatedHospital any) {
        List<String> violations = new ArrayList<>();
        Set<UUID> seenByAnAuthor = new HashSet<>(network.basedOn.values());
        Set<UUID> parked = new HashSet<>();
        network.hospitals.values().forEach(h -> h.store.conflicts.stream().map(Conflict::loserEvent)
                .forEach(parked::add));
        for (Change change : network.written) {
            RecordState last = any.store.find(change.aggregateType(), change.aggregateId()).orElse(null);
            if (last == null) {
                violations.add(change.aggregateType() + " " + change.aggregateId() + " missing at " + any.id);
                continue;
            }
            if (ReplicationPolicy.appendOnly(change.aggregateType())) {
                if (change.payload().startsWith("voided") && !last.payload().startsWith("voided")) {
                    violations.add("void " + change.eventId() + " lost: record is " + last.payload());
                }
                continue;
            }
            boolean kept = last.producedBy().equals(change.eventId()) || seenByAnAuthor.contains(change.eventId())
                    || parked.contains(change.eventId());
            if (!kept) {
                violations.add("edit " + change.eventId() + " (" + change.payload() + ") silently overwritten");
            }
        }
        for (Change change : network.written) {
            UUID before = network.basedOn.get(change.eventId());
            if (before != null) {
                Hlc previous = network.written.stream().filter(c -> c.eventId().equals(before)).map(Change::hlc)
                        .findFirst().orElseThrow();
                if (!change.hlc().after(previous)) {
                    violations.add("HLC of " + change.eventId() + " not after the state it was based on");
                }
            }
        }
        return violations;
    }
}
