package org.medmesh.interfaces.rest.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.support.Requests;
import org.medmesh.notification.application.NotificationService;
import org.medmesh.notification.application.NotificationView;

@Path("notifications")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "notifications")
public class ClinicalAlertResource {

    @Inject
    NotificationService notifications;

    @Inject
    Requests requests;

    /**
     * Clinical alerts (a patient's high heart-disease risk) about the patients whose records you may see here, newest
     * first; {@code limit} 1–500, default 100.
     */
    @GET
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    @Operation(operationId = "listClinicalAlerts", summary = "List the newest clinical alerts about patients one may see here")
    @APIResponseSchema(value = NotificationView[].class, responseDescription = "The newest alerts first.")
    @APIResponse(responseCode = "400", ref = "invalidRequest")
    public List<NotificationView> newest(
            @QueryParam("limit") @Parameter(description = "How many alerts.", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "100")) Integer limit) {
        return notifications.forClinicians(requests.limit(limit, "limit", 500, 100));
    }
}
