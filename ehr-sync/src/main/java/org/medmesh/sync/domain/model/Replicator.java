package org.medmesh.sync.domain.model;

import java.util.Objects;
import java.util.Optional;

import org.medmesh.shared.domain.model.VersionVector;

/**
 * Applies changes received from peer hospitals. Receiving the same change twice does nothing (inbox); a change for a
 * patient not yet known here waits for the registration; a change that descends from the local state replaces it; one
 * the local state already includes is skipped; a concurrent one is resolved the same way everywhere — the higher HLC
 * wins — and, for mutable records, the loser is parked, whole, for review. Nothing received is ever written to the
 * outbox, so nothing echoes.
 */
public final class Replicator {

    private final ReplicaStore store;
    private final ClockMerge clock;
    private final MergeListener merged;

    /** Told of every received change merged here, and what it did (repairs aside: they bring old states, not news). */
    @FunctionalInterface
    public interface MergeListener {

        void merged(Change change, Outcome outcome);
    }

    public Replicator(ReplicaStore store, ClockMerge clock) {
        this(store, clock, (change, outcome) -> {
        });
    }

    public Replicator(ReplicaStore store, ClockMerge clock, MergeListener merged) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.merged = Objects.requireNonNull(merged, "merged");
    }

    /**
     * Receives one change; returns what it did. Changes released by a patient's arrival are applied too, and their
     * timestamps merged into the clock again: the clock may have restarted since they were held.
     */
    public Outcome receive(Change change) {
        if (store.received(change.eventId()) || store.pending(change.eventId())) {
            return Outcome.DUPLICATE;
        }
        return admit(change, false);
    }

    /**
     * Merges a record's state sent by a peer to repair this hospital (anti-entropy, rebuild): the same rules as
     * {@link #receive}, but the inbox is not consulted — the event that produced the state may be recorded here while
     * its state was lost. The event is recorded if it was not, so the state's provenance is known here too and the
     * original event, should it still arrive, is a duplicate.
     */
    public Outcome repair(Change state) {
        if (store.pending(state.eventId())) {
            return Outcome.DUPLICATE;
        }
        return admit(state, true);
    }

    private Outcome admit(Change change, boolean repair) {
        clock.merge(change.hlc());
        if (!change.isPatient() && change.patientId() != null && !store.patientKnown(change.patientId())) {
            store.holdPending(change);
            return Outcome.PENDING;
        }
        Outcome outcome = merge(change);
        record(change, repair ? Outcome.REPAIRED : outcome);
        if (!repair) {
            merged.merged(change, outcome);
        }
        if (change.isPatient()) {
            for (Change waiting : store.releasePending(change.aggregateId())) {
                clock.merge(waiting.hlc());
                Outcome released = merge(waiting);
                record(waiting, released);
                merged.merged(waiting, released);
            }
        }
        return outcome;
    }

    /** Records a change in the inbox once: a state held for its patient by a repair may be recorded already. */
    private void record(Change change, Outcome outcome) {
        if (!store.received(change.eventId())) {
            store.markReceived(change, outcome);
        }
    }

    private Outcome merge(Change change) {
        Optional<RecordState> found = store.find(change.aggregateType(), change.aggregateId());
        if (found.isEmpty()) {
            store.put(RecordState.of(change, change.vector()));
            return Outcome.APPLIED;
        }
        RecordState local = found.get();
        switch (local.vector().compare(change.vector())) {
            case BEFORE :
                store.put(RecordState.of(change, change.vector()));
                return Outcome.APPLIED;
            case AFTER :
            case EQUAL :
                return Outcome.ALREADY_INCLUDED;
            default :
                return resolve(local, change);
        }
    }

    private Outcome resolve(RecordState local, Change change) {
        VersionVector merged = local.vector().merge(change.vector());
        boolean incomingWins = change.hlc().after(local.producedAt());
        store.put(incomingWins ? RecordState.of(change, merged) : local.withVector(merged));
        if (!ReplicationPolicy.appendOnly(change.aggregateType())) {
            RecordState incoming = RecordState.of(change, change.vector());
            store.park(incomingWins ? Conflict.between(incoming, local) : Conflict.between(local, incoming));
        }
        return incomingWins ? Outcome.WON_CONFLICT : Outcome.LOST_CONFLICT;
    }
}
