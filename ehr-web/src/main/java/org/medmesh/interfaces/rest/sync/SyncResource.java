package org.medmesh.interfaces.rest.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.sync.application.ReplicationOperations.RepairRequest;
import org.medmesh.sync.application.ReplicationOperations.ReplicaDigest;
import org.medmesh.sync.application.ReplicationOperations;
import org.medmesh.sync.application.SyncStatus.PeerStatus;
import org.medmesh.sync.application.SyncStatus;

/** Replication status, digests and the links to peers, for the hospital's IT staff. No patient data. */
@Path("sync")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "replication")
public class SyncResource {

    @Inject
    ReplicationOperations operations;

    @GET
    @Path("status")
    @AllowedRoles(Roles.ADMIN)
    @Operation(operationId = "getReplicationStatus", summary = "Read the state of replication with each peer")
    @APIResponseSchema(value = SyncStatus.class, responseDescription = "Backlogs, conflicts, quarantined messages and each peer link's state.")
    public SyncStatus status() {
        return operations.status();
    }

    @GET
    @Path("digest")
    @AllowedRoles(Roles.ADMIN)
    @Operation(operationId = "getReplicaDigest", summary = "Digest this hospital's replicated records, to compare with a peer's")
    @APIResponseSchema(value = ReplicaDigest.class, responseDescription = "Per record type the row count and a digest of ids and stamps.")
    public ReplicaDigest digest() {
        return operations.digest();
    }

    @POST
    @Path("peers/{peer}/pause")
    @AllowedRoles(Roles.ADMIN)
    @Operation(operationId = "pausePeer", summary = "Pause sending changes to a peer hospital")
    @APIResponseSchema(value = PeerStatus.class, responseDescription = "The peer link, paused.")
    public PeerStatus pause(@PathParam("peer") @Parameter(description = "The peer hospital's id.") String peer) {
        return operations.pause(peer);
    }

    /** Asks the peer to send what this hospital lacks or holds differently (anti-entropy); 202: it arrives shortly. */
    @POST
    @Path("peers/{peer}/repair")
    @AllowedRoles(Roles.ADMIN)
    @Operation(operationId = "requestRepair", summary = "Ask a peer for what this hospital lacks or holds differently")
    @APIResponseSchema(value = RepairRequest.class, responseCode = "202", responseDescription = "Asked; the missing changes arrive shortly.")
    public Response repair(@PathParam("peer") @Parameter(description = "The peer hospital's id.") String peer) {
        RepairRequest request = operations.requestRepair(peer);
        return Response.accepted(request).build();
    }

    @POST
    @Path("peers/{peer}/resume")
    @AllowedRoles(Roles.ADMIN)
    @Operation(operationId = "resumePeer", summary = "Resume sending changes to a peer hospital")
    @APIResponseSchema(value = PeerStatus.class, responseDescription = "The peer link, sending again.")
    public PeerStatus resume(@PathParam("peer") @Parameter(description = "The peer hospital's id.") String peer) {
        return operations.resume(peer);
    }
}
