package org.medmesh.interfaces.rest.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

import org.medmesh.audit.application.AnchoredVerdict;
import org.medmesh.audit.application.AuditLog;
import org.medmesh.audit.domain.model.AuditQuery;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.support.Requests;
import org.medmesh.sync.application.AnchoredAuditVerification;

@Path("admin/audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog audit;

    @Inject
    AnchoredAuditVerification verification;

    @Inject
    Requests requests;

    /** Audit entries by patient, user and time range (ISO-8601 instants, {@code to} exclusive), newest first. */
    @GET
    @AllowedRoles(Roles.ADMIN)
    public List<AuditEntryResponse> search(@QueryParam("patient") UUID patient, @QueryParam("user") String user,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("limit") Integer limit) {
        requests.bounded(user, "user", 64);
        AuditQuery query = new AuditQuery(patient, user, requests.instant(from, "from"), requests.instant(to, "to"),
                limit == null ? 100 : limit);
        return audit.search(query).stream().map(AuditEntryResponse::of).toList();
    }

    /**
     * Verifies the whole chain, in itself and against the checkpoints of it the peers hold: intact, or the first entry
     * that was edited, deleted, inserted, moved, cut off or rewritten; with one finding per peer.
     */
    @GET
    @Path("verify")
    @AllowedRoles(Roles.ADMIN)
    public AnchoredVerdict verify() {
        return verification.verify();
    }
}
