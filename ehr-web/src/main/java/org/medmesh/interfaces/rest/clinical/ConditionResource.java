package org.medmesh.interfaces.rest.clinical;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.medmesh.clinical.application.ClinicalViews.ConditionView;
import org.medmesh.clinical.application.ProblemListService;
import org.medmesh.clinical.domain.model.ConditionStatus;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.support.PageParams;
import org.medmesh.interfaces.rest.support.ReasonRequest;
import org.medmesh.interfaces.rest.support.Requests;
import org.medmesh.interfaces.rest.support.Versions;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;

@Path("conditions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(ref = "conditions")
public class ConditionResource {

    @Inject
    Requests requests;

    @Inject
    ProblemListService problems;

    @POST
    @AllowedRoles(Roles.DOCTOR)
    @Operation(operationId = "addCondition", summary = "Add a diagnosis to a patient's problem list")
    @APIResponseSchema(value = ConditionView.class, responseCode = "201", responseDescription = "The condition as recorded; its ETag is its version.")
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response add(@RequestBody(required = true) ConditionRequest r) {
        requests.valid(r, "Send a JSON body describing the condition.");
        ConditionView view = problems.addCondition(new PatientId(r.patientId), r.code.toConcept(), r.onsetDate,
                r.note);
        return Versions.created(view, view.record());
    }

    @GET
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    @Operation(operationId = "listConditions", summary = "List a patient's problem list")
    @Parameter(ref = "page")
    @Parameter(ref = "size")
    @Parameter(ref = "includeVoided")
    @APIResponse(responseCode = "200", description = "A page of the patient's conditions.", content = @Content(schema = @Schema(ref = "ConditionViewPage")))
    @APIResponse(responseCode = "404", ref = "notFound")
    public Page<ConditionView> list(
            @QueryParam("patient") @Parameter(ref = "patient") UUID patient,
            @BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        requests.required(patient, "patient", "Give ?patient=<patient id>.");
        return problems.conditions(new PatientId(patient), paging.includeVoided, paging.page, paging.size);
    }

    @PUT
    @Path("{id}/status")
    @AllowedRoles(Roles.DOCTOR)
    @Operation(operationId = "changeConditionStatus", summary = "Mark a condition active, inactive or resolved")
    @APIResponseSchema(value = ConditionView.class, responseDescription = "The condition as changed; its ETag is its new version.")
    @APIResponse(responseCode = "409", ref = "conflict")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response changeStatus(@PathParam("id") @Parameter(ref = "id") UUID id,
            @HeaderParam("If-Match") @Parameter(ref = "If-Match") String ifMatch,
            @RequestBody(required = true) StatusRequest request) {
        requests.valid(request, "Send a JSON body with the status.");
        ConditionView view = problems.changeConditionStatus(id, Versions.expected(ifMatch),
                ConditionStatus.valueOf(request.status));
        return Versions.ok(view, view.record());
    }

    @POST
    @Path("{id}/void")
    @AllowedRoles(Roles.DOCTOR)
    @Operation(operationId = "voidCondition", summary = "Void a condition entered in error, giving the reason")
    @APIResponseSchema(value = ConditionView.class, responseDescription = "The condition, voided; its ETag is its new version.")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response voidCondition(@PathParam("id") @Parameter(ref = "id") UUID id,
            @HeaderParam("If-Match") @Parameter(ref = "If-Match") String ifMatch,
            @RequestBody(required = true) ReasonRequest request) {
        requests.valid(request, "Send a JSON body with the reason.");
        ConditionView view = problems.voidCondition(id, Versions.expected(ifMatch), request.reason);
        return Versions.ok(view, view.record());
    }
}
