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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(ref = "notifications")
public class InboxResource {

    @Inject
    InboxService inbox;

    @Inject
    Requests requests;

    /** A page of the inbox ({@code ?unread=true} for the unread only; {@code page}, {@code size} 1–100). */
    @GET
    @Operation(operationId = "listInbox", summary = "List one's own inbox, newest first")
    @Parameter(ref = "page")
    @Parameter(ref = "size")
    @Parameter(ref = "includeVoided")
    @APIResponse(responseCode = "200", description = "A page of the caller's inbox, newest first.", content = @Content(schema = @Schema(ref = "InboxItemPage")))
    public Page<InboxItem> list(
            @QueryParam("unread") @Parameter(description = "Only the unread entries.") boolean unreadOnly,
            @BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        return inbox.list(unreadOnly, paging.page, paging.size);
    }

    /** How many entries are unread: {@code {"unread": n}}. */
    @GET
    @Path("unread")
    @Operation(operationId = "countUnreadInboxItems", summary = "Count the unread entries of one's own inbox")
    @APIResponse(responseCode = "200", description = "How many entries are unread.", content = @Content(schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "unread", properties = @SchemaProperty(name = "unread", type = SchemaType.INTEGER, format = "int64"))))
    public Map<String, Long> unread() {
        return Map.of("unread", inbox.unreadCount());
    }

    /** Marks one entry read (its {@code seq}); 404 for an entry that is not the caller's. */
    @POST
    @Path("{seq}/read")
    @Operation(operationId = "markInboxItemRead", summary = "Mark an entry of one's own inbox read")
    @APIResponseSchema(value = InboxItem.class, responseDescription = "The entry, read.")
    public InboxItem markRead(
            @PathParam("seq") @Parameter(description = "The entry's seq.", schema = @Schema(type = SchemaType.INTEGER, format = "int64")) long seq) {
        return inbox.markRead(seq);
    }

    /** Marks every unread entry read: {@code {"marked": n}}. */
    @POST
    @Path("read")
    @Operation(operationId = "markAllInboxItemsRead", summary = "Mark every unread entry of one's own inbox read")
    @APIResponse(responseCode = "200", description = "How many entries were marked read.", content = @Content(schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "marked", properties = @SchemaProperty(name = "marked", type = SchemaType.INTEGER, format = "int32"))))
    public Map<String, Integer> markAllRead() {
        return Map.of("marked", inbox.markAllRead());
    }
}
