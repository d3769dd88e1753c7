package org.medmesh.interfaces.rest.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.support.PageParams;
import org.medmesh.interfaces.rest.support.Requests;
import org.medmesh.shared.application.Page;
import org.medmesh.sync.application.ConflictResolution;
import org.medmesh.sync.application.ConflictService;
import org.medmesh.sync.application.ConflictView;

/** The review queue of concurrent edits: both versions whole; a doctor keeps the winner or re-applies the loser. */
@Path("sync/conflicts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConflictResource {

    @Inject
    Requests requests;

    @Inject
    ConflictService conflicts;

    @GET
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    public Page<ConflictView> list(@QueryParam("open") @DefaultValue("true") boolean openOnly,
            @BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        return conflicts.list(openOnly, paging.page, paging.size);
    }

    @GET
    @Path("{id}")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    public ConflictView get(@PathParam("id") UUID id) {
        return conflicts.get(id);
    }

    @POST
    @Path("{id}/resolve")
    @AllowedRoles(Roles.DOCTOR)
    public ConflictView resolve(@PathParam("id") UUID id, ResolveRequest request) {
        requests.valid(request, "Send a JSON body with the resolution.");
        return conflicts.resolve(id, ConflictResolution.valueOf(request.resolution), request.note);
    }
}
