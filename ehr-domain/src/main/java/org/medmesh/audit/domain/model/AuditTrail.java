package org.medmesh.audit.domain.model;

import java.util.List;

/** Where the chain is kept. */
public interface AuditTrail {

    /** Appends the record as the next entry of the chain, in the current transaction (the chain head is locked). */
    AuditEntry append(AuditRecord record);

    /** Verifies the whole chain, reading it in order. */
    AuditVerdict verify();

    List<AuditEntry> search(AuditQuery query);
}
