package org.medmesh.audit.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.medmesh.audit.domain.model.AuditChain;
import org.medmesh.audit.domain.model.AuditEntry;
import org.medmesh.audit.domain.model.AuditQuery;
import org.medmesh.audit.domain.model.AuditRecord;
import org.medmesh.audit.domain.model.AuditTrail;
import org.medmesh.audit.domain.model.AuditVerdict;
import org.medmesh.audit.domain.model.ChainKey;
import org.medmesh.platform.infrastructure.persistence.HospitalDatabase;

/**
 * The chain in MariaDB. Appending locks the head row ({@code SELECT … FOR UPDATE}), so entries are numbered and linked
 * in commit order, by every server instance of the hospital alike; it first chains the records writes admitted to the
 * intake (committed with the writes, so chained before any record appended after them), then the batch it was given;
 * the entries are one multi-row insert, and the patients their answers exposed another, in the same transaction, which
 * also removes the chained records from the intake. Entries and exposures are never updated or deleted (the tables'
 * triggers refuse it).
 */
@ApplicationScoped
public class JdbcAuditTrail implements AuditTrail {

    /** Draws the intake's ids: unpredictable, so a copy of a waiting record cannot take the place of a later one. */
    private static final SecureRandom INTAKE_IDS = new SecureRandom();

    @Resource(lookup = HospitalDatabase.JNDI_NAME)
    DataSource database;

    @Override
    public void admit(AuditRecord record, ChainKey key) {
        long id = INTAKE_IDS.nextLong(Long.MAX_VALUE);
        try (Connection db = database.getConnection()) {
            AuditIntake.insert(db, id, record, AuditChain.seal(id, record, key));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot admit an audit record: " + e.getSQLState(), e);
        }
    }

    @Override
    public List<AuditEntry> append(List<AuditRecord> records, ChainKey key, int intakeLimit) {
        try (Connection db = database.getConnection()) {
            Head head = head(db, " FOR UPDATE");
            if (head == null) {
                throw new IllegalStateException("the audit chain head is missing");
            }
            List<AuditIntake.Waiting> waiting = AuditIntake.waiting(db, intakeLimit);
            if (waiting.isEmpty() && records.isEmpty()) {
                return List.of();
            }
            List<AuditEntry> entries = new ArrayList<>();
            List<Long> intakeIds = new ArrayList<>();
            long seq = head.seq();
            String previous = head.hash();
            for (AuditIntake.Waiting admitted : waiting) {
                boolean copy = admitted.chainedBefore();
                entries.add(AuditChain.link(++seq, IntakeFindings.asChained(admitted, key), previous, key));
                intakeIds.add(copy ? null : admitted.id());
                previous = entries.get(entries.size() - 1).hash();
            }
            for (AuditRecord record : records) {
                entries.add(AuditChain.link(++seq, record, previous, key));
                intakeIds.add(null);
                previous = entries.get(entries.size() - 1).hash();
            }
            try (PreparedStatement insert = db.prepareStatement(AuditRows.INSERT)) {
                for (int i = 0; i < entries.size(); i++) {
                    AuditRows.bind(insert, entries.get(i), intakeIds.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            AuditExposures.insert(db, entries);
            AuditIntake.remove(db, waiting);
            AuditEntry last = entries.get(entries.size() - 1);
            try (PreparedStatement advance = db.prepareStatement(
                    "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                advance.setLong(1, last.seq());
                advance.setString(2, last.hash());
                advance.executeUpdate();
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot append to the audit trail: " + e.getSQLState(), e);
        }
    }

    @Override
    public boolean intakeWaiting() {
        try (Connection db = database.getConnection()) {
            return AuditIntake.anyWaiting(db);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit intake: " + e.getSQLState(), e);
        }
    }

    @Override
    public AuditVerdict verify(ChainKey key) {
        try (Connection db = database.getConnection()) {
            Head head = head(db, "");
            if (head == null) {
                return AuditVerdict.brokenAt(0, 1, "the chain head is missing");
            }
            try (PreparedStatement select = db.prepareStatement(ChainCursor.SELECT)) {
                select.setLong(1, head.seq());
                select.setFetchSize(1_000);
                AuditVerdict verdict;
                try (ResultSet rows = select.executeQuery()) {
                    verdict = AuditChain.verify(new ChainCursor(rows), head.seq(), head.hash(), key);
                } catch (UnreadableEntry e) {
                    return AuditVerdict.brokenAt(e.seq(), e.seq(), "its stored values cannot have been written by "
                            + "the application");
                }
                Long beyond = firstBeyondHead(db);
                return verdict.intact() && beyond != null
                        ? AuditVerdict.brokenAt(verdict.checked(), beyond, "it lies beyond the chain's recorded head "
                                + "(the head was moved back)")
                        : verdict;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit trail: " + e.getSQLState(), e);
        }
    }

    /**
     * The first entry past the head, or null. One statement, so it sees the head and the entries of the same commits
     * (an append moves both in one transaction): an entry appended meanwhile is never taken for one past the head.
     */
    private static Long firstBeyondHead(Connection db) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT MIN(e.seq) FROM audit_event e "
                + "JOIN audit_chain_head h ON h.id = 1 WHERE e.seq > h.last_seq");
                ResultSet row = select.executeQuery()) {
            row.next();
            long seq = row.getLong(1);
            return row.wasNull() ? null : seq;
        }
    }

    /** The chain's last position and hash. */
    private record Head(long seq, String hash) {
    }

    private static Head head(Connection db, String lock) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1" + lock);
                ResultSet row = select.executeQuery()) {
            return row.next() ? new Head(row.getLong(1), row.getString(2)) : null;
        }
    }

    /**
     * A patient's entries are those about the patient and those whose answer exposed the patient: the positions of
     * both, from their own indexes, joined to the entries.
     */
    @Override
    public List<AuditEntry> search(AuditQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + AuditRows.columns("") + " FROM audit_event");
        List<Object> values = new ArrayList<>();
        if (query.patientId() != null) {
            sql.append(" JOIN (SELECT seq AS concerned FROM audit_event WHERE patient_id = ? UNION "
                    + "SELECT seq FROM audit_exposure WHERE patient_id = ?) p ON p.concerned = seq");
            values.add(AuditRows.bytes(query.patientId()));
            values.add(AuditRows.bytes(query.patientId()));
        }
        sql.append(" WHERE 1 = 1");
        if (query.actor() != null) {
            sql.append(" AND actor = ?");
            values.add(query.actor());
        }
        if (query.from() != null) {
            sql.append(" AND recorded_at >= ?");
            values.add(LocalDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            sql.append(" AND recorded_at < ?");
            values.add(LocalDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        sql.append(" ORDER BY seq DESC LIMIT ").append(query.limit());
        try (Connection db = database.getConnection();
                PreparedStatement select = db.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            List<AuditEntry> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    try {
                        found.add(AuditRows.entry(rows));
                    } catch (UnreadableEntry e) {
                        // a tampered row: the verifier reports it; a search skips it
                    }
                }
            }
            return AuditExposures.attach(db, found);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot search the audit trail: " + e.getSQLState(), e);
        }
    }
}
