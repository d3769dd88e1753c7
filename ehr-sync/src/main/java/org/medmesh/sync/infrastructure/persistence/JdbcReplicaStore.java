package org.medmesh.sync.infrastructure.persistence;

import static org.medmesh.shared.infrastructure.replication.ColumnKind.bytes;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.domain.model.VersionVector;
import org.medmesh.shared.infrastructure.replication.PatientRecordGenerations;
import org.medmesh.shared.infrastructure.replication.ReplicaTable;
import org.medmesh.shared.infrastructure.replication.ReplicaTables;
import org.medmesh.sync.domain.model.Change;
import org.medmesh.sync.domain.model.Conflict;
import org.medmesh.sync.domain.model.Outcome;
import org.medmesh.sync.domain.model.RecordState;
import org.medmesh.sync.domain.model.ReplicaStore;
import org.medmesh.sync.domain.model.ReplicationPolicy;
import org.medmesh.sync.domain.model.Seal;

/**
 * The replication rules' durable state over the hospital database, on one connection inside one transaction per
 * received change. A received state replaces the whole row of its record (state transfer); the record's row is locked
 * from the moment it is read until the transaction ends, so a local edit in between is refused as stale rather than
 * lost.
 */
public final class JdbcReplicaStore implements ReplicaStore {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String INBOX_INSERT = "insert into sync_inbox (event_id, event_type, aggregate_type, "
            + "aggregate_id, patient_id, origin_hospital, hlc, version_vector, payload, outcome, received_at, actor, "
            + "seal_key, seal_signature) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connection db;
    private final Clock clock;
    private final ReplicaTables tables;
    /** The change timestamp of each record read by {@link #find} (null: no row), so {@link #put} need not read it. */
    private final Map<UUID, String> stampsRead = new HashMap<>();
    /** Set by {@link #prefetch}: what the batch's lookups are answered from (null: ask the database each time). */
    private BatchKnowledge known;
    /** The inbox rows of a batch not yet sent (one JDBC batch), and the records they concern. */
    private PreparedStatement inboxRows;
    private final Set<UUID> unsentAggregates = new HashSet<>();
    /** The patients whose records this transaction stored a new state of, their generations not yet renewed. */
    private final Set<UUID> touchedPatients = new HashSet<>();

    /** @param tables how the contexts keep each replicated record type */
    public JdbcReplicaStore(Connection db, Clock clock, ReplicaTables tables) {
        this.db = db;
        this.clock = clock;
        this.tables = tables;
    }

    /**
     * Prepares a batch of changes applied in one transaction: which of them were received or held before and which of
     * their patients exist are read with one statement each, and their inbox rows are sent as one JDBC batch by
     * {@link #flush} (or before anything reads the inbox for a record they concern) instead of one statement each.
     */
    public void prefetch(List<Change> changes) {
        try {
            known = BatchKnowledge.of(db, changes, tables.patients());
        } catch (SQLException e) {
            throw failed("read what a batch of changes finds", e);
        }
    }

    /**
     * Sends the inbox rows the batch has not sent yet, and renews the record generation of every patient whose records
     * changed ({@link PatientRecordGenerations}); called before the transaction commits.
     */
    public void flush() {
        renewGenerations();
        if (inboxRows == null) {
            return;
        }
        try (PreparedStatement batch = inboxRows) {
            inboxRows = null;
            unsentAggregates.clear();
            batch.executeBatch();
        } catch (SQLException e) {
            throw failed("record a batch of received changes", e);
        }
    }

    private void renewGenerations() {
        try {
            PatientRecordGenerations.renew(db, touchedPatients);
            touchedPatients.clear();
        } catch (SQLException e) {
            throw failed("renew the record generations of the patients changed", e);
        }
    }

    @Override
    public boolean received(UUID eventId) {
        return known != null
                ? known.received().contains(eventId)
                : exists("select 1 from sync_inbox where event_id = ?", eventId);
    }

    @Override
    public void markReceived(Change change, Outcome outcome) {
        Seal seal = change.seal();
        Object[] values = {bytes(change.eventId()), change.type(), change.aggregateType(), bytes(change.aggregateId()),
                nullableBytes(change.patientId()), change.origin().value(), change.hlc().toString(),
                change.vector().toString(), change.payload(), outcome.name(), now(), seal == null ? null : seal.actor(),
                seal == null ? null : seal.keyId(), seal == null ? null : seal.signature()};
        if (known == null) {
            update(INBOX_INSERT, values);
            return;
        }
        try {
            if (inboxRows == null) {
                inboxRows = db.prepareStatement(INBOX_INSERT);
            }
            for (int i = 0; i < values.length; i++) {
                inboxRows.setObject(i + 1, values[i]);
            }
            inboxRows.addBatch();
        } catch (SQLException e) {
            throw failed("record a received change", e);
        }
        known.received().add(change.eventId());
        unsentAggregates.add(change.aggregateId());
    }

    @Override
    public Optional<RecordState> find(String aggregateType, UUID aggregateId) {
        if (unsentAggregates.contains(aggregateId)) {
            flush();
        }
        String hlc;
        String vector;
        try {
            Optional<ReplicaTable.Stamps> stamps = tables.of(aggregateType).lockStamps(db, aggregateId);
            if (stamps.isEmpty()) {
                stampsRead.put(aggregateId, null);
                return Optional.empty();
            }
            hlc = stamps.get().hlc();
            vector = stamps.get().vector();
        } catch (SQLException e) {
            throw failed("read the stamps of a " + aggregateType, e);
        }
        stampsRead.put(aggregateId, hlc);
        if (hlc == null) {
            return Optional.of(new RecordState(aggregateType, aggregateId, null, "{}", null, null,
                    VersionVector.empty()));
        }
        ProducingChange producing = ProducingChange.of(db, aggregateType, aggregateId, Hlc.parse(hlc),
                VersionVector.parse(vector));
        return Optional.of(producing.state());
    }

    @Override
    public void put(RecordState state) {
        ReplicaTable table = tables.of(state.aggregateType());
        String current = stampsRead.containsKey(state.aggregateId())
                ? stampsRead.get(state.aggregateId())
                : currentHlc(table, state.aggregateId());
        stampsRead.put(state.aggregateId(), state.producedAt().toString());
        try {
            if (state.producedAt().toString().equals(current)) {
                table.restamp(db, state.aggregateId(), state.vector().toString());
                return;
            }
            table.write(db, parse(state.payload()), state.producedAt().toString(), state.vector().toString());
        } catch (SQLException e) {
            throw failed("store a " + state.aggregateType(), e);
        }
        UUID patient = state.aggregateType().equals(ReplicationPolicy.PATIENT)
                ? state.aggregateId()
                : state.patientId();
        if (patient != null) {
            touchedPatients.add(patient);
        }
        if (known != null && state.aggregateType().equals(ReplicationPolicy.PATIENT)) {
            known.patients().add(state.aggregateId());
        }
    }

    private String currentHlc(ReplicaTable table, UUID id) {
        try {
            return table.stamps(db, id).map(ReplicaTable.Stamps::hlc).orElse(null);
        } catch (SQLException e) {
            throw failed("read a record's stamp", e);
        }
    }

    /** Whether the record has been voided (a voided record never changes again, even by conflict review). */
    public boolean voided(String aggregateType, UUID aggregateId) {
        try {
            return tables.of(aggregateType).voided(db, aggregateId);
        } catch (SQLException e) {
            throw failed("read whether a " + aggregateType + " is voided", e);
        }
    }

    @Override
    public boolean patientKnown(UUID patientId) {
        if (known != null) {
            return known.patients().contains(patientId);
        }
        try {
            return tables.patients().known(db, List.of(patientId)).contains(patientId);
        } catch (SQLException e) {
            throw failed("read whether a patient is known", e);
        }
    }

    @Override
    public boolean pending(UUID eventId) {
        return known != null
                ? known.pending().contains(eventId)
                : exists("select 1 from sync_pending where event_id = ?", eventId);
    }

    @Override
    public void holdPending(Change change) {
        if (known != null) {
            known.pending().add(change.eventId());
        }
        update("insert into sync_pending (event_id, patient_id, hlc, change_doc, held_at) values (?, ?, ?, ?, ?)",
                bytes(change.eventId()), bytes(change.patientId()), change.hlc().toString(),
                ChangeDocument.write(change), now());
    }

    @Override
    public List<Change> releasePending(UUID patientId) {
        List<Change> waiting = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(
                "select change_doc from sync_pending where patient_id = ? order by hlc for update")) {
            select.setBytes(1, bytes(patientId));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    waiting.add(ChangeDocument.read(rows.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw failed("read the changes waiting for a patient", e);
        }
        update("delete from sync_pending where patient_id = ?", bytes(patientId));
        if (known != null) {
            waiting.forEach(change -> known.pending().remove(change.eventId()));
        }
        return waiting;
    }

    @Override
    public void park(Conflict conflict) {
        flush();
        update("insert into sync_conflict (id, aggregate_type, aggregate_id, patient_id, winner_event, winner_hlc, "
                + "winner_payload, loser_event, loser_hlc, loser_payload, detected_at, status) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN') on duplicate key update id = id",
                bytes(ConflictRecords.idOf(conflict.winnerEvent(), conflict.loserEvent())), conflict.aggregateType(),
                bytes(conflict.aggregateId()),
                nullableBytes(conflict.patientId()), bytes(conflict.winnerEvent()), conflict.winnerHlc().toString(),
                conflict.winnerPayload(), bytes(conflict.loserEvent()), conflict.loserHlc().toString(),
                conflict.loserPayload(), now());
        try {
            new ConflictRecords(db).resolveIfKnown(ConflictRecords.idOf(conflict.winnerEvent(),
                    conflict.loserEvent()));
        } catch (SQLException e) {
            throw failed("apply a known resolution to a conflict", e);
        }
    }

    private boolean exists(String sql, UUID id) {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setBytes(1, bytes(id));
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw failed("run " + sql, e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failed("write " + sql.substring(0, Math.min(40, sql.length())), e);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static byte[] nullableBytes(UUID id) {
        return id == null ? null : bytes(id);
    }

    private static JsonObject parse(String payload) {
        try (var reader = JSON.createReader(new StringReader(payload))) {
            return reader.readObject();
        }
    }

    private static ReplicaStoreFailure failed(String what, SQLException e) {
        return new ReplicaStoreFailure("cannot " + what + ": " + e.getMessage(), e);
    }
}
