package org.medmesh.audit.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.medmesh.audit.application.AuditLog;
import org.medmesh.audit.domain.model.AuditEntry;
import org.medmesh.audit.domain.model.AuditQuery;
import org.medmesh.audit.domain.model.AuditRecord;
import org.medmesh.audit.domain.model.AuditTrail;
import org.medmesh.identity.domain.model.Roles;

@Stateless
public class DefaultAuditLog implements AuditLog {

    private static final long COMMIT_TIMEOUT_SECONDS = 10;

    @Inject
    AuditTrail trail;

    @Inject
    AuditQueue queue;

    @Override
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AuditEntry record(AuditRecord record) {
        try {
            return queue.submit(record).get(COMMIT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording an audit entry", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the audit entry was not committed", e);
        }
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public List<AuditEntry> search(AuditQuery query) {
        return trail.search(query);
    }
}
