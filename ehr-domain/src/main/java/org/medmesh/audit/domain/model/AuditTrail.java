package org.medmesh.audit.domain.model;

import java.util.List;

/** Where the chain is kept. */
public interface AuditTrail {

    /**
     * Appends the records, in order, as the next entries of the chain, hashed with the key, in the current transaction
     * (the chain head is locked until it commits).
     */
    List<AuditEntry> append(List<AuditRecord> records, ChainKey key);

    /** Verifies the whole chain with the key, reading it in order. */
    AuditVerdict verify(ChainKey key);

    /** Entries about a patient (its subject, or one its answer exposed), by a user, in a time range; newest first. */
    List<AuditEntry> search(AuditQuery query);
}
