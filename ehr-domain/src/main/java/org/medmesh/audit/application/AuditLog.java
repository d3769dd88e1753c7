package org.medmesh.audit.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

import org.medmesh.audit.domain.model.AuditEntry;
import org.medmesh.audit.domain.model.AuditQuery;
import org.medmesh.audit.domain.model.AuditRecord;
import org.medmesh.identity.domain.model.Roles;

/**
 * The hospital's audit log. Every request is recorded (refused and anonymous ones too, so recording is open to all
 * callers); administrators search it ({@link AuditAnchoring} verifies its chain).
 */
public interface AuditLog {

    /** Should append the record to the chain, committed before it returns, whatever happens to the request. */
    @PermitAll
    AuditEntry record(AuditRecord record);

    /**
     * Should write the record of a write in the write's own transaction (which must be active), so that the two commit
     * or roll back together; the record is chained soon after the commit.
     */
    @PermitAll
    void recordWithWrite(AuditRecord record);

    /** Should return the entries matching the query, newest first, including every write answered before. */
    @RolesAllowed(Roles.ADMIN)
    List<AuditEntry> search(AuditQuery query);
}
