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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(ref = "audit")
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
    @Operation(operationId = "searchAuditTrail", summary = "Search the audit trail by patient, user and time")
    @APIResponseSchema(value = AuditEntryResponse[].class, responseDescription = "The matching entries, newest first.")
    @APIResponse(responseCode = "400", ref = "invalidRequest")
    public List<AuditEntryResponse> search(
            @QueryParam("patient") @Parameter(description = "Only entries about this patient.", schema = @Schema(type = SchemaType.STRING, format = "uuid")) UUID patient,
            @QueryParam("user") @Parameter(description = "Only entries of this username.", schema = @Schema(type = SchemaType.STRING, maxLength = 64)) String user,
            @QueryParam("from") @Parameter(description = "Only entries from this instant on.", schema = @Schema(type = SchemaType.STRING, format = "date-time")) String from,
            @QueryParam("to") @Parameter(description = "Only entries before this instant.", schema = @Schema(type = SchemaType.STRING, format = "date-time")) String to,
            @QueryParam("limit") @Parameter(description = "How many entries (more than 1000 count as 1000).", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "100")) Integer limit) {
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
    @Operation(operationId = "verifyAuditTrail", summary = "Verify the audit chain, in itself and against the peers' checkpoints")
    @APIResponseSchema(value = AnchoredVerdict.class, responseDescription = "Intact, or the first entry that was tampered with; one finding per peer.")
    public AnchoredVerdict verify() {
        return verification.verify();
    }
}
