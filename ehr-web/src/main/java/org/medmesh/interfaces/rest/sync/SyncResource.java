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
public class SyncResource {

    @Inject
    ReplicationOperations operations;

    @GET
    @Path("status")
    @AllowedRoles(Roles.ADMIN)
    public SyncStatus status() {
        return operations.status();
    }

    @GET
    @Path("digest")
    @AllowedRoles(Roles.ADMIN)
    public ReplicaDigest digest() {
        return operations.digest();
    }

    @POST
    @Path("peers/{peer}/pause")
    @AllowedRoles(Roles.ADMIN)
    public PeerStatus pause(@PathParam("peer") String peer) {
        return operations.pause(peer);
    }

    /** Asks the peer to send what this hospital lacks or holds differently (anti-entropy); 202: it arrives shortly. */
    @POST
    @Path("peers/{peer}/repair")
    @AllowedRoles(Roles.ADMIN)
    public Response repair(@PathParam("peer") String peer) {
        RepairRequest request = operations.requestRepair(peer);
        return Response.accepted(request).build();
    }

    @POST
    @Path("peers/{peer}/resume")
    @AllowedRoles(Roles.ADMIN)
    public PeerStatus resume(@PathParam("peer") String peer) {
        return operations.resume(peer);
    }
}
