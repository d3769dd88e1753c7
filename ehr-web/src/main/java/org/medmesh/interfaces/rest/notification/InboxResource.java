package org.medmesh.interfaces.rest.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.support.PageParams;
import org.medmesh.interfaces.rest.support.Requests;
import org.medmesh.notification.application.InboxItem;
import org.medmesh.notification.application.InboxService;
import org.medmesh.shared.application.Page;

/** The caller's own inbox: newest first, read and unread; every role sees only its own. */
@Path("notifications/inbox")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST, Roles.ADMIN})
public class InboxResource {

    @Inject
    InboxService inbox;

    @Inject
    Requests requests;

    /** A page of the inbox ({@code ?unread=true} for the unread only; {@code page}, {@code size} 1–100). */
    @GET
    public Page<InboxItem> list(@QueryParam("unread") boolean unreadOnly, @BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        return inbox.list(unreadOnly, paging.page, paging.size);
    }

    /** How many entries are unread: {@code {"unread": n}}. */
    @GET
    @Path("unread")
    public Map<String, Long> unread() {
        return Map.of("unread", inbox.unreadCount());
    }

    /** Marks one entry read (its {@code seq}); 404 for an entry that is not the caller's. */
    @POST
    @Path("{seq}/read")
    public InboxItem markRead(@PathParam("seq") long seq) {
        return inbox.markRead(seq);
    }

    /** Marks every unread entry read: {@code {"marked": n}}. */
    @POST
    @Path("read")
    public Map<String, Integer> markAllRead() {
        return Map.of("marked", inbox.markAllRead());
    }
}
