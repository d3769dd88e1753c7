package org.medmesh.audit.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.List;

import org.medmesh.audit.application.AuditLog;
import org.medmesh.audit.domain.model.AuditEntry;
import org.medmesh.audit.domain.model.AuditQuery;
import org.medmesh.audit.domain.model.AuditRecord;
import org.medmesh.audit.domain.model.AuditTrail;

@Stateless
public class DefaultAuditLog implements AuditLog {

    @Inject
    AuditTrail trail;

    @Inject
    AuditQueue queue;

    @Inject
    ConfiguredChainKey chainKey;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AuditEntry record(AuditRecord record) {
        return AuditQueue.await(queue.submit(record));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordWithWrite(AuditRecord record) {
        trail.admit(record, chainKey.key());
        transactions.registerInterposedSynchronization(new Synchronization() {

            @Override
            public void beforeCompletion() {
                // nothing to do before: the record is written already
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    queue.admitted();
                }
            }
        });
    }

    /** Searches once the records writes committed before the search are chained, so every answered write is found. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<AuditEntry> search(AuditQuery query) {
        AuditQueue.await(queue.chainAdmitted());
        return trail.search(query);
    }
}
