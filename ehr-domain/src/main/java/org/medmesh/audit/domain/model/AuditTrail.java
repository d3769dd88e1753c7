package org.medmesh.audit.domain.model;

import java.util.List;

import org.medmesh.shared.domain.model.Repository;

/** Where the chain is kept. */
@Repository
public interface AuditTrail {

    /**
     * Takes a record into the intake, sealed with the key, in the current transaction: it commits, or is rolled back,
     * with the write it describes, and is chained by a later {@link #append}.
     */
    void admit(AuditRecord record, ChainKey key);

    /**
     * Chains the records waiting in the intake (oldest first, at most {@code intakeLimit}), then the given records in
     * order, as the next entries of the chain, hashed with the key, in the current transaction (the chain head is
     * locked until it commits); returns the entries made, the intake's first.
     */
    List<AuditEntry> append(List<AuditRecord> records, ChainKey key, int intakeLimit);

    /** Whether any committed record waits in the intake (read without locking anything). */
    boolean intakeWaiting();

    /** Verifies the whole chain with the key, reading it in order. */
    AuditVerdict verify(ChainKey key);

    /** Entries about a patient (its subject, or one its answer exposed), by a user, in a time range; newest first. */
    List<AuditEntry> search(AuditQuery query);
}
