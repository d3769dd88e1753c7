package org.medmesh.audit.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;

import org.medmesh.audit.application.AuditLog;
import org.medmesh.audit.domain.model.AuditEntry;
import org.medmesh.audit.domain.model.AuditQuery;
import org.medmesh.audit.domain.model.AuditRecord;
import org.medmesh.audit.domain.model.AuditTrail;
import org.medmesh.audit.domain.model.AuditVerdict;
import org.medmesh.identity.domain.model.Roles;

@Stateless
public class DefaultAuditLog implements AuditLog {

    @Inject
    AuditTrail trail;

    @Override
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AuditEntry record(AuditRecord record) {
        return trail.append(record);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public List<AuditEntry> search(AuditQuery query) {
        return trail.search(query);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public AuditVerdict verify() {
        return trail.verify();
    }
}
