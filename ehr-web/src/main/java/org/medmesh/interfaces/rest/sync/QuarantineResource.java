package org.medmesh.interfaces.rest.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.support.Requests;
import org.medmesh.sync.application.QuarantineService;
import org.medmesh.sync.application.QuarantinedMessage;

/**
 * Messages from peers that were not applied (forged or unverifiable changes, malformed messages, changes the database
 * refused), without their content, and retrying one once its cause is fixed.
 */
@Path("sync/quarantine")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class QuarantineResource {

    @Inject
    Requests requests;

    @Inject
    QuarantineService quarantine;

    /** Newest first; {@code waiting=false} also lists those a retry applied; {@code limit} 1–500, default 100. */
    @GET
    @AllowedRoles(Roles.ADMIN)
    public List<QuarantinedMessage> list(@QueryParam("waiting") @DefaultValue("true") boolean waitingOnly,
            @QueryParam("limit") Integer limit) {
        return quarantine.list(waitingOnly, requests.limit(limit, "limit", 500, 100));
    }

    /** Verifies the message again and applies it when its origin's signature now holds; 409 with the reason if not. */
    @POST
    @Path("{id}/retry")
    @AllowedRoles(Roles.ADMIN)
    public QuarantinedMessage retry(@PathParam("id") String id) {
        return quarantine.retry(id);
    }
}
