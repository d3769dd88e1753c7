package org.medmesh.interfaces.rest.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.support.Requests.InvalidRequest;
import org.medmesh.notification.application.InboxFeed;

/**
 * The caller's notifications, live: {@code GET /api/v1/notifications/stream} (server-sent events, bearer token). Each
 * new inbox entry arrives as an event named {@code notification} whose id is the entry's seq and whose data is the
 * entry as the inbox lists it. A client that reconnects with {@code Last-Event-ID} gets everything after that entry;
 * without it, the stream starts with the next new entry (the inbox lists the earlier ones).
 */
@Path("notifications/stream")
@ApplicationScoped
@AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST, Roles.ADMIN})
@Tag(ref = "notifications")
public class NotificationStreamResource {

    private static final Pattern SEQ = Pattern.compile("[0-9]{1,18}");

    @Inject
    NotificationStreams streams;

    @Inject
    InboxFeed feed;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamNotifications", summary = "Receive one's own new notifications as they arrive")
    @APIResponse(responseCode = "200", description = "Server-sent events, each named notification, its id the inbox entry's seq and its data "
            + "the entry (an InboxItem) as JSON.", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "invalidRequest")
    public void stream(@Context SseEventSink sink, @Context Sse sse, @Context SecurityContext security,
            @HeaderParam("Last-Event-ID") @Parameter(description = "The id of the last event received: the stream starts after it (without it, with the "
                    + "next new entry).", schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{1,18}$")) String lastEventId) {
        String username = security.getUserPrincipal().getName();
        String role = Roles.STAFF.stream().filter(security::isUserInRole).findFirst().orElse(null);
        long after;
        if (lastEventId == null || lastEventId.isBlank()) {
            after = feed.lastSeq(username);
        } else if (SEQ.matcher(lastEventId.strip()).matches()) {
            after = Long.parseLong(lastEventId.strip());
        } else {
            throw new InvalidRequest("Last-Event-ID", "Last-Event-ID is the id of the last event received (digits).");
        }
        streams.open(username, role, sink, sse, after);
    }
}
