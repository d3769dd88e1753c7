package org.medmesh.audit.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

import org.medmesh.audit.domain.model.AnchorAnswer;
import org.medmesh.audit.domain.model.AuditAnchors;
import org.medmesh.audit.domain.model.AuditCheckpoint;
import org.medmesh.audit.domain.model.AuditHead;
import org.medmesh.platform.infrastructure.persistence.HospitalDatabase;

/**
 * The checkpoints in MariaDB: the peers' in {@code audit_peer_checkpoint} (append-only), the answers about this
 * hospital's chain in {@code audit_anchor_answer}; the head and entry hashes read from the chain's own tables.
 */
@ApplicationScoped
public class JdbcAuditAnchors implements AuditAnchors {

    private static final String CHECKPOINT = "hospital, seq, hash, signed_at, key_id, signature";

    @Resource(lookup = HospitalDatabase.JNDI_NAME)
    DataSource database;

    @Override
    public AuditHead head() {
        return query("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1", List.of(),
                row -> new AuditHead(row.getLong(1), row.getString(2))).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the audit chain head is missing"));
    }

    @Override
    public Optional<String> hashAt(long seq) {
        return query("SELECT hash FROM audit_event WHERE seq = ?", List.of(seq), row -> row.getString(1)).stream()
                .findFirst();
    }

    @Override
    public void keep(AuditCheckpoint checkpoint) {
        update("INSERT IGNORE INTO audit_peer_checkpoint (" + CHECKPOINT
                + ", received_at) VALUES (?, ?, ?, ?, ?, ?, ?)", checkpoint.hospital(), checkpoint.seq(),
                checkpoint.hash(), time(checkpoint.signedAt()), checkpoint.keyId(), checkpoint.signature(),
                time(Instant.now()));
    }

    @Override
    public Optional<AuditCheckpoint> newestOf(String hospital) {
        return query("SELECT " + CHECKPOINT + " FROM audit_peer_checkpoint WHERE hospital = ? ORDER BY seq DESC "
                + "LIMIT 1", List.of(hospital), row -> checkpoint(row, 1)).stream().findFirst();
    }

    @Override
    public void keepAnswer(UUID query, AnchorAnswer answer) {
        AuditCheckpoint held = answer.held();
        update("INSERT IGNORE INTO audit_anchor_answer (query_id, witness, " + CHECKPOINT
                + ", received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", AuditRows.bytes(query), answer.witness(),
                held == null ? null : held.hospital(), held == null ? null : held.seq(),
                held == null ? null : held.hash(),
                held == null ? null : time(held.signedAt()), held == null ? null : held.keyId(),
                held == null ? null : held.signature(), time(Instant.now()));
    }

    @Override
    public List<AnchorAnswer> answers(UUID query) {
        return query("SELECT witness, " + CHECKPOINT + " FROM audit_anchor_answer WHERE query_id = ?",
                List.of(AuditRows.bytes(query)), row -> {
                    row.getLong(3);
                    boolean none = row.wasNull();
                    return new AnchorAnswer(row.getString(1), none ? null : checkpoint(row, 2));
                });
    }

    /** The checkpoint in the columns from {@code first} on, in the order of {@link #CHECKPOINT}. */
    private static AuditCheckpoint checkpoint(ResultSet row, int first) throws SQLException {
        return new AuditCheckpoint(row.getString(first), row.getLong(first + 1), row.getString(first + 2),
                row.getObject(first + 3, LocalDateTime.class).toInstant(ZoneOffset.UTC), row.getString(first + 4),
                row.getString(first + 5));
    }

    private static LocalDateTime time(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private interface RowReader<T> {

        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> values, RowReader<T> reader) {
        try (Connection db = database.getConnection(); PreparedStatement select = db.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            List<T> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(reader.read(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit checkpoints: " + e.getSQLState(), e);
        }
    }

    private void update(String sql, Object... values) {
        try (Connection db = database.getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot keep the audit checkpoint: " + e.getSQLState(), e);
        }
    }
}
