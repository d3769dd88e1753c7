package org.medmesh.interfaces.rest.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.support.Requests;
import org.medmesh.notification.application.NotificationService;
import org.medmesh.notification.application.NotificationView;

@Path("admin/notifications")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @Inject
    Requests requests;

    /**
     * The administrators' notifications (break-the-glass accesses, quarantined messages, staff-account changes; never
     * clinical alerts), newest first; {@code limit} 1–500, default 100.
     */
    @GET
    @AllowedRoles(Roles.ADMIN)
    public List<NotificationView> newest(@QueryParam("limit") Integer limit) {
        return notifications.forAdministrators(requests.limit(limit, "limit", 500, 100));
    }
}
