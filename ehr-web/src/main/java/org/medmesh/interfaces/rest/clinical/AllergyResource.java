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
import org.medmesh.clinical.application.ClinicalViews.AllergyView;
import org.medmesh.clinical.application.ProblemListService;
import org.medmesh.clinical.domain.model.AllergySeverity;
import org.medmesh.clinical.domain.model.AllergyStatus;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.support.PageParams;
import org.medmesh.interfaces.rest.support.ReasonRequest;
import org.medmesh.interfaces.rest.support.Requests;
import org.medmesh.interfaces.rest.support.Versions;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;

@Path("allergies")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(ref = "allergies")
public class AllergyResource {

    @Inject
    Requests requests;

    @Inject
    ProblemListService problems;

    @POST
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    @Operation(operationId = "addAllergy", summary = "Record an allergy or intolerance of a patient")
    @APIResponseSchema(value = AllergyView.class, responseCode = "201", responseDescription = "The allergy as recorded; its ETag is its version.")
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response add(@RequestBody(required = true) AllergyRequest r) {
        requests.valid(r, "Send a JSON body describing the allergy.");
        AllergyView view = problems.addAllergy(new PatientId(r.patientId), r.substance.toConcept(), r.reaction,
                AllergySeverity.valueOf(r.severity));
        return Versions.created(view, view.record());
    }

    @GET
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    @Operation(operationId = "listAllergies", summary = "List a patient's allergies and intolerances")
    @Parameter(ref = "page")
    @Parameter(ref = "size")
    @Parameter(ref = "includeVoided")
    @APIResponse(responseCode = "200", description = "A page of the patient's allergies.", content = @Content(schema = @Schema(ref = "AllergyViewPage")))
    @APIResponse(responseCode = "404", ref = "notFound")
    public Page<AllergyView> list(@QueryParam("patient") @Parameter(ref = "patient") UUID patient,
            @BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        requests.required(patient, "patient", "Give ?patient=<patient id>.");
        return problems.allergies(new PatientId(patient), paging.includeVoided, paging.page, paging.size);
    }

    @PUT
    @Path("{id}/status")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    @Operation(operationId = "changeAllergyStatus", summary = "Mark an allergy active, inactive or resolved")
    @APIResponseSchema(value = AllergyView.class, responseDescription = "The allergy as changed; its ETag is its new version.")
    @APIResponse(responseCode = "409", ref = "conflict")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response changeStatus(@PathParam("id") @Parameter(ref = "id") UUID id,
            @HeaderParam("If-Match") @Parameter(ref = "If-Match") String ifMatch,
            @RequestBody(required = true) StatusRequest request) {
        requests.valid(request, "Send a JSON body with the status.");
        AllergyView view = problems.changeAllergyStatus(id, Versions.expected(ifMatch),
                AllergyStatus.valueOf(request.status));
        return Versions.ok(view, view.record());
    }

    @POST
    @Path("{id}/void")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    @Operation(operationId = "voidAllergy", summary = "Void an allergy entered in error, giving the reason")
    @APIResponseSchema(value = AllergyView.class, responseDescription = "The allergy, voided; its ETag is its new version.")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response voidAllergy(@PathParam("id") @Parameter(ref = "id") UUID id,
            @HeaderParam("If-Match") @Parameter(ref = "If-Match") String ifMatch,
            @RequestBody(required = true) ReasonRequest request) {
        requests.valid(request, "Send a JSON body with the reason.");
        AllergyView view = problems.voidAllergy(id, Versions.expected(ifMatch), request.reason);
        return Versions.ok(view, view.record());
    }
}
