package org.medmesh.audit.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;

import org.medmesh.audit.domain.model.AuditEntry;
import org.medmesh.audit.domain.model.AuditRecord;
import org.medmesh.audit.domain.model.AuditTrail;

/** Appends a batch of records to the chain in one transaction of its own. Used only by {@link AuditQueue}. */
@Stateless
@PermitAll
public class AuditBatchWriter {

    @Inject
    AuditTrail trail;

    @Inject
    ConfiguredChainKey chainKey;

    /** The most records taken from the intake in one transaction. */
    static final int INTAKE_BATCH = 1_000;

    /**
     * Chains what waits in the intake (at most {@value #INTAKE_BATCH}), then the records, hashed with the node's chain
     * key (the HMACs are computed here, in the batch); returns the entries made, the intake's first.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<AuditEntry> append(List<AuditRecord> records) {
        return trail.append(records, chainKey.key(), INTAKE_BATCH);
    }

    /**
     * Whether records wait in the intake (what another server instance or a crash left, when nothing woke the writer).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean intakeWaiting() {
        return trail.intakeWaiting();
    }
}
