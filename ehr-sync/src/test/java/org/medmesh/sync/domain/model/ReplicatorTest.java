package org.medmesh.sync.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medmesh.shared.domain.model.HospitalId;
import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.domain.model.HybridLogicalClock;
import org.medmesh.shared.domain.model.VersionVector;

class ReplicatorTest {

    private static final HospitalId A = new HospitalId("hospA");
    private static final HospitalId B = new HospitalId("hospB");
    private static final UUID PATIENT = UUID.fromString("01a20607-0000-7000-8000-0000000000aa");

    /** A minimal store for single-hospital rule checks. */
    private static final class Store implements ReplicaStore {

        final Map<UUID, Outcome> inbox = new HashMap<>();
        final Map<String, RecordState> records = new HashMap<>();
        final List<Change> pending = new ArrayList<>();
        final List<Conflict> conflicts = new ArrayList<>();

        public boolean received(UUID id) {
            return inbox.containsKey(id);
        }

        /** Like the inbox table's primary key: an event is recorded once. */
        public void markReceived(Change c, Outcome o) {
            if (inbox.putIfAbsent(c.eventId(), o) != null) {
                throw new IllegalStateException("event " + c.eventId() + " recorded twice");
            }
        }

        public Optional<RecordState> find(String type, UUID id) {
            return Optional.ofNullable(records.get(type + id));
        }

        public void put(RecordState s) {
            records.put(s.aggregateType() + s.aggregateId(), s);
        }

        public boolean patientKnown(UUID id) {
            return records.containsKey("patient" + id);
        }

        public boolean pending(UUID id) {
            return pending.stream().anyMatch(c -> c.eventId().equals(id));
        }

        public void holdPending(Change c) {
            pending.add(c);
        }

        public List<Change> releasePending(UUID patient) {
            List<Change> released = pending.stream().filter(c -> c.patientId().equals(patient)).toList();
            pending.removeAll(released);
            return released;
        }

        public void park(Conflict c) {
            conflicts.add(c);
        }
    }

    private static Change change(String type, String aggregate, UUID id, Hlc hlc, VersionVector base, String payload) {
        return new Change(UUID.randomUUID(), type, aggregate, id, PATIENT, hlc.hospital(), hlc, base.with(hlc),
                payload);
    }

    @Test
    void shouldResolveConcurrentDemographicEditsToTheSameWinnerEverywhereAndParkTheLoser() {
        Change registered = change("patient.registered", "patient", PATIENT, new Hlc(100, 0, A),
                VersionVector.empty(), "{\"familyName\":\"Muller\",\"city\":\"Graz\"}");
        Change atA = change("patient.updated", "patient", PATIENT, new Hlc(200, 0, A), registered.vector(),
                "{\"familyName\":\"Müller\",\"city\":\"Graz\"}");
        Change atB = change("patient.updated", "patient", PATIENT, new Hlc(200, 0, B), registered.vector(),
                "{\"familyName\":\"Muller\",\"city\":\"Linz\"}");

        Store storeA = new Store();
        Replicator hospitalA = new Replicator(storeA, new HybridLogicalClock(A, () -> 0)::receive);
        Store storeB = new Store();
        Replicator hospitalB = new Replicator(storeB, new HybridLogicalClock(B, () -> 0)::receive);
        storeA.put(RecordState.of(atA));
        hospitalB.receive(registered);
        storeB.put(RecordState.of(atB));

        assertThat(hospitalA.receive(atB)).isEqualTo(Outcome.WON_CONFLICT);
        assertThat(hospitalB.receive(atA)).isEqualTo(Outcome.LOST_CONFLICT);
        assertThat(hospitalA.receive(registered)).isEqualTo(Outcome.ALREADY_INCLUDED);

        for (Store store : List.of(storeA, storeB)) {
            RecordState state = store.find("patient", PATIENT).orElseThrow();
            assertThat(state.payload()).isEqualTo("{\"familyName\":\"Muller\",\"city\":\"Linz\"}");
            assertThat(state.producedBy()).isEqualTo(atB.eventId());
            assertThat(store.conflicts).singleElement().satisfies(conflict -> {
                assertThat(conflict.winnerEvent()).isEqualTo(atB.eventId());
                assertThat(conflict.loserEvent()).isEqualTo(atA.eventId());
                assertThat(conflict.loserPayload()).isEqualTo("{\"familyName\":\"Müller\",\"city\":\"Graz\"}");
            });
        }
        assertThat(storeA.records).isEqualTo(storeB.records);
    }

    @Test
    void shouldApplyEachChangeOnceAndHoldChartRecordsUntilThePatientArrives() {
        Store store = new Store();
        Replicator replicator = new Replicator(store, new HybridLogicalClock(B, () -> 0)::receive);
        UUID observation = UUID.randomUUID();
        Change recorded = change("observation.recorded", "observation", observation, new Hlc(300, 0, A),
                VersionVector.empty(), "hr 72");
        Change registered = change("patient.registered", "patient", PATIENT, new Hlc(100, 0, A),
                VersionVector.empty(), "patient");

        assertThat(replicator.receive(recorded)).isEqualTo(Outcome.PENDING);
        assertThat(replicator.receive(recorded)).isEqualTo(Outcome.DUPLICATE);
        assertThat(replicator.receive(registered)).isEqualTo(Outcome.APPLIED);
        assertThat(store.inbox).containsEntry(recorded.eventId(), Outcome.APPLIED);
        assertThat(store.find("observation", observation)).isPresent();
        assertThat(replicator.receive(recorded)).isEqualTo(Outcome.DUPLICATE);
        assertThat(store.pending).isEmpty();
    }

    @Test
    void shouldNotParkConcurrentVoidsOfAppendOnlyRecords() {
        Store store = new Store();
        store.put(RecordState.of(change("patient.registered", "patient", PATIENT, new Hlc(1, 0, A),
                VersionVector.empty(), "p")));
        UUID observation = UUID.randomUUID();
        Change recorded = change("observation.recorded", "observation", observation, new Hlc(10, 0, A),
                VersionVector.empty(), "hr 72");
        store.put(RecordState.of(change("observation.voided", "observation", observation, new Hlc(20, 0, B),
                recorded.vector(), "voided at B")));
        Replicator replicator = new Replicator(store, new HybridLogicalClock(B, () -> 0)::receive);
        Change voidedAtA = change("observation.voided", "observation", observation, new Hlc(30, 0, A),
                recorded.vector(), "voided at A");
        assertThat(replicator.receive(voidedAtA)).isEqualTo(Outcome.WON_CONFLICT);
        assertThat(store.conflicts).isEmpty();
        assertThat(store.find("observation", observation).orElseThrow().payload()).isEqualTo("voided at A");
    }

    @Test
    void shouldRepairALostStateEvenWhenItsEventIsInTheInboxAndRecordItsEventOnce() {
        Store store = new Store();
        Replicator replicator = new Replicator(store, new HybridLogicalClock(B, () -> 0)::receive);
        Change registered = change("patient.registered", "patient", PATIENT, new Hlc(100, 0, A),
                VersionVector.empty(), "{\"familyName\":\"Muller\"}");
        Change updated = change("patient.updated", "patient", PATIENT, new Hlc(200, 0, A), registered.vector(),
                "{\"familyName\":\"Müller\"}");
        replicator.receive(registered);
        store.inbox.put(updated.eventId(), Outcome.APPLIED);

        assertThat(replicator.receive(updated)).isEqualTo(Outcome.DUPLICATE);
        assertThat(replicator.repair(updated)).isEqualTo(Outcome.APPLIED);
        assertThat(replicator.repair(updated)).isEqualTo(Outcome.ALREADY_INCLUDED);
        assertThat(store.records.get("patient" + PATIENT).payload()).isEqualTo("{\"familyName\":\"Müller\"}");
        assertThat(store.inbox).containsOnlyKeys(registered.eventId(), updated.eventId());

        UUID note = UUID.randomUUID();
        UUID other = UUID.fromString("01a20607-0000-7000-8000-0000000000bb");
        Change early = new Change(UUID.randomUUID(), "note.written", "note", note, other, A, new Hlc(300, 0, A),
                VersionVector.empty().with(new Hlc(300, 0, A)), "{}");
        assertThat(replicator.repair(early)).isEqualTo(Outcome.PENDING);
        assertThat(replicator.repair(early)).isEqualTo(Outcome.DUPLICATE);
        assertThat(replicator.repair(new Change(UUID.randomUUID(), "patient.registered", "patient", other, other, A,
                new Hlc(250, 0, A), VersionVector.empty().with(new Hlc(250, 0, A)), "{}")))
                .isEqualTo(Outcome.APPLIED);
        assertThat(store.records).containsKey("note" + note);
        assertThat(store.pending).isEmpty();
        assertThat(store.inbox).hasSize(4).containsKey(early.eventId());
    }

    @Test
    void shouldReleaseARepairedStateWhoseEventIsAlreadyInTheInboxWithoutRecordingItTwice() {
        Store store = new Store();
        Replicator replicator = new Replicator(store, new HybridLogicalClock(B, () -> 0)::receive);
        Change note = new Change(UUID.randomUUID(), "note.written", "note", UUID.randomUUID(), PATIENT, A,
                new Hlc(300, 0, A), VersionVector.empty().with(new Hlc(300, 0, A)), "{}");
        store.inbox.put(note.eventId(), Outcome.APPLIED);

        assertThat(replicator.repair(note)).isEqualTo(Outcome.PENDING);
        assertThat(replicator.repair(change("patient.registered", "patient", PATIENT, new Hlc(100, 0, A),
                VersionVector.empty(), "{}"))).isEqualTo(Outcome.APPLIED);
        assertThat(store.records).containsKey("note" + note.aggregateId());
        assertThat(store.inbox).hasSize(2).containsEntry(note.eventId(), Outcome.APPLIED);
    }
}
