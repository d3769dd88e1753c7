package org.medmesh.audit.domain.model;

import java.util.List;

/** Where the chain is kept. */
public interface AuditTrail {

    /**
     * Appends the records, in order, as the next entries of the chain, in the current transaction (the chain head is
     * locked until it commits).
     */
    List<AuditEntry> append(List<AuditRecord> records);

    /** Verifies the whole chain, reading it in order. */
    AuditVerdict verify();

    List<AuditEntry> search(AuditQuery query);
}
