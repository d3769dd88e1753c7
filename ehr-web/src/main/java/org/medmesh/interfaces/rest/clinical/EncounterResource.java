package org.medmesh.interfaces.rest.clinical;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.medmesh.clinical.application.ClinicalViews.EncounterView;
import org.medmesh.clinical.application.EncounterService;
import org.medmesh.clinical.domain.model.EncounterType;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.support.PageParams;
import org.medmesh.interfaces.rest.support.ReasonRequest;
import org.medmesh.interfaces.rest.support.Requests;
import org.medmesh.interfaces.rest.support.Versions;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;

@Path("encounters")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(ref = "encounters")
public class EncounterResource {

    @Inject
    Requests requests;

    @Inject
    EncounterService encounters;

    @POST
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    @Operation(operationId = "startEncounter", summary = "Start a visit of a patient")
    @APIResponseSchema(value = EncounterView.class, responseCode = "201", responseDescription = "The visit as started; its ETag is its version.")
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response start(@RequestBody(required = true) EncounterRequest r) {
        requests.valid(r, "Send a JSON body describing the visit.");
        EncounterView view = encounters.start(new PatientId(r.patientId), EncounterType.valueOf(r.type),
                r.ward, r.attending, r.startedAt);
        return Versions.created(view, view.record());
    }

    @GET
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    @Operation(operationId = "listEncounters", summary = "List a patient's visits")
    @Parameter(ref = "page")
    @Parameter(ref = "size")
    @Parameter(ref = "includeVoided")
    @APIResponse(responseCode = "200", description = "A page of the patient's visits.", content = @Content(schema = @Schema(ref = "EncounterViewPage")))
    @APIResponse(responseCode = "404", ref = "notFound")
    public Page<EncounterView> list(
            @QueryParam("patient") @Parameter(ref = "patient") UUID patient,
            @BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        requests.required(patient, "patient", "Give ?patient=<patient id>.");
        return encounters.list(new PatientId(patient), paging.includeVoided, paging.page, paging.size);
    }

    @POST
    @Path("{id}/finish")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    @Operation(operationId = "finishEncounter", summary = "Finish a visit, now or at the time given")
    @APIResponseSchema(value = EncounterView.class, responseDescription = "The visit, finished; its ETag is its new version.")
    @APIResponse(responseCode = "409", ref = "conflict")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response finish(@PathParam("id") @Parameter(ref = "id") UUID id,
            @HeaderParam("If-Match") @Parameter(ref = "If-Match") String ifMatch,
            FinishRequest request) {
        requests.validIfPresent(request);
        EncounterView view = encounters.finish(id, Versions.expected(ifMatch),
                request == null ? null : request.endedAt);
        return Versions.ok(view, view.record());
    }

    @POST
    @Path("{id}/void")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    @Operation(operationId = "voidEncounter", summary = "Void a visit entered in error, giving the reason")
    @APIResponseSchema(value = EncounterView.class, responseDescription = "The visit, voided; its ETag is its new version.")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response voidEncounter(@PathParam("id") @Parameter(ref = "id") UUID id,
            @HeaderParam("If-Match") @Parameter(ref = "If-Match") String ifMatch,
            @RequestBody(required = true) ReasonRequest request) {
        requests.valid(request, "Send a JSON body with the reason.");
        EncounterView view = encounters.voidEncounter(id, Versions.expected(ifMatch), request.reason);
        return Versions.ok(view, view.record());
    }
}
