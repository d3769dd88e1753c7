package org.medmesh.audit.infrastructure.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.medmesh.audit.domain.model.AuditEntry;

/**
 * The chain up to a position, in order, each entry with the patients it exposed, read in one pass from one query that
 * joins the two tables: an entry's rows follow one another, so no more than one entry is held at a time, and an
 * exposure row added or removed changes the entry as the verifier sees it. A row the application could not have written
 * ends the reading with {@link UnreadableEntry}.
 */
final class ChainCursor implements Iterator<AuditEntry> {

    /** Its one parameter is the last position to read. */
    static final String SELECT = "SELECT " + AuditRows.columns("e.") + ", x.patient_id FROM audit_event e "
            + "LEFT JOIN audit_exposure x ON x.seq = e.seq WHERE e.seq <= ? ORDER BY e.seq";
    private static final int EXPOSED_PATIENT = 14;

    private final ResultSet rows;
    private Boolean onRow;

    ChainCursor(ResultSet rows) {
        this.rows = rows;
    }

    @Override
    public boolean hasNext() {
        if (onRow == null) {
            try {
                onRow = rows.next();
            } catch (SQLException e) {
                throw unreadable(e);
            }
        }
        return onRow;
    }

    @Override
    public AuditEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        try {
            AuditEntry entry = AuditRows.entry(rows);
            List<UUID> exposed = new ArrayList<>();
            do {
                byte[] patient = rows.getBytes(EXPOSED_PATIENT);
                if (patient != null) {
                    exposed.add(AuditRows.uuid(patient));
                }
                onRow = rows.next();
            } while (onRow && rows.getLong(1) == entry.seq());
            return AuditExposures.attach(entry, exposed);
        } catch (SQLException e) {
            throw unreadable(e);
        }
    }

    private static IllegalStateException unreadable(SQLException e) {
        return new IllegalStateException("cannot read the audit trail: " + e.getSQLState(), e);
    }
}
