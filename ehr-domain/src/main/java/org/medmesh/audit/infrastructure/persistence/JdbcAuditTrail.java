package org.medmesh.audit.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import javax.sql.DataSource;

import org.medmesh.audit.domain.model.AuditChain;
import org.medmesh.audit.domain.model.AuditEntry;
import org.medmesh.audit.domain.model.AuditOutcome;
import org.medmesh.audit.domain.model.AuditQuery;
import org.medmesh.audit.domain.model.AuditRecord;
import org.medmesh.audit.domain.model.AuditTrail;
import org.medmesh.audit.domain.model.AuditVerdict;
import org.medmesh.platform.infrastructure.persistence.HospitalDatabase;

/**
 * The chain in MariaDB. Appending locks the head row ({@code SELECT … FOR UPDATE}), so entries are numbered and linked
 * in commit order, by every server instance of the hospital alike; a batch of records is one multi-row insert. Entries
 * are never updated or deleted (the table's triggers refuse it).
 */
@ApplicationScoped
public class JdbcAuditTrail implements AuditTrail {

    private static final String COLUMNS = "seq, recorded_at, hospital, actor, actor_role, patient_id, action, outcome, "
            + "status, break_glass, prev_hash, hash";

    @Resource(lookup = HospitalDatabase.JNDI_NAME)
    DataSource database;

    @Override
    public List<AuditEntry> append(List<AuditRecord> records) {
        try (Connection db = database.getConnection()) {
            Head head = head(db, " FOR UPDATE");
            if (head == null) {
                throw new IllegalStateException("the audit chain head is missing");
            }
            List<AuditEntry> entries = new ArrayList<>();
            long seq = head.seq();
            String previous = head.hash();
            for (AuditRecord record : records) {
                AuditEntry entry = AuditChain.link(++seq, record, previous);
                entries.add(entry);
                previous = entry.hash();
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO audit_event (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (AuditEntry entry : entries) {
                    bind(insert, entry);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
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

    private static void bind(PreparedStatement insert, AuditEntry entry) throws SQLException {
        AuditRecord record = entry.record();
        insert.setLong(1, entry.seq());
        insert.setObject(2, LocalDateTime.ofInstant(record.at(), ZoneOffset.UTC));
        insert.setString(3, record.hospital());
        insert.setString(4, record.actor());
        insert.setString(5, record.role());
        insert.setBytes(6, bytes(record.patientId()));
        insert.setString(7, record.action());
        insert.setString(8, record.outcome().name());
        insert.setInt(9, record.status());
        insert.setBoolean(10, record.breakGlass());
        insert.setString(11, entry.previousHash());
        insert.setString(12, entry.hash());
    }

    @Override
    public AuditVerdict verify() {
        try (Connection db = database.getConnection()) {
            Head head = head(db, "");
            if (head == null) {
                return AuditVerdict.brokenAt(0, 1, "the chain head is missing");
            }
            try (PreparedStatement select = db.prepareStatement("SELECT " + COLUMNS
                    + " FROM audit_event WHERE seq <= ? ORDER BY seq")) {
                select.setLong(1, head.seq());
                select.setFetchSize(1_000);
                AuditVerdict verdict;
                try (ResultSet rows = select.executeQuery()) {
                    verdict = AuditChain.verify(iterate(rows), head.seq(), head.hash());
                } catch (UnreadableEntry e) {
                    return AuditVerdict.brokenAt(e.seq, e.seq, "its stored values cannot have been written by "
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

    @Override
    public List<AuditEntry> search(AuditQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_event WHERE 1 = 1");
        List<Object> values = new ArrayList<>();
        if (query.patientId() != null) {
            sql.append(" AND patient_id = ?");
            values.add(bytes(query.patientId()));
        }
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
                PreparedStatement select = db.prepareStatement(sql
                        .toString())) {
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            List<AuditEntry> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    try {
                        found.add(entry(rows));
                    } catch (UnreadableEntry e) {
                        // a tampered row: the verifier reports it; a search skips it
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot search the audit trail: " + e.getSQLState(), e);
        }
    }

    private static Iterator<AuditEntry> iterate(ResultSet rows) {
        return new Iterator<>() {

            private Boolean ahead;

            @Override
            public boolean hasNext() {
                if (ahead == null) {
                    try {
                        ahead = rows.next();
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot read the audit trail: " + e.getSQLState(), e);
                    }
                }
                return ahead;
            }

            @Override
            public AuditEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ahead = null;
                try {
                    return entry(rows);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot read the audit trail: " + e.getSQLState(), e);
                }
            }
        };
    }

    /** An entry, or {@link UnreadableEntry} when a stored value is not one the application writes. */
    private static AuditEntry entry(ResultSet row) throws SQLException {
        long seq = row.getLong(1);
        try {
            AuditRecord record = new AuditRecord(row.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                    row.getString(3), row.getString(4), row.getString(5), uuid(row.getBytes(6)), row.getString(7),
                    AuditOutcome.valueOf(row.getString(8)), row.getInt(9), row.getBoolean(10));
            return new AuditEntry(seq, record, row.getString(11), row.getString(12));
        } catch (RuntimeException e) {
            throw new UnreadableEntry(seq);
        }
    }

    /** A row whose values the application could not have written: tampered with. */
    private static final class UnreadableEntry extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final long seq;

        UnreadableEntry(long seq) {
            super("audit entry " + seq + " cannot be read", null, false, false);
            this.seq = seq;
        }
    }

    private static byte[] bytes(UUID id) {
        return id == null
                ? null
                : ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                        .putLong(id.getLeastSignificantBits()).array();
    }

    private static UUID uuid(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
