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
import org.medmesh.clinical.application.ClinicalViews.TreatmentView;
import org.medmesh.clinical.application.TreatmentService;
import org.medmesh.clinical.application.WardWorklist;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.support.PageParams;
import org.medmesh.interfaces.rest.support.ReasonRequest;
import org.medmesh.interfaces.rest.support.Requests;
import org.medmesh.interfaces.rest.support.Versions;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;

@Path("treatments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(ref = "treatments")
public class TreatmentResource {

    @Inject
    Requests requests;

    @Inject
    TreatmentService treatments;

    @POST
    @AllowedRoles(Roles.DOCTOR)
    @Operation(operationId = "orderTreatment", summary = "Order a treatment for a patient")
    @APIResponseSchema(value = TreatmentView.class, responseCode = "201", responseDescription = "The treatment as ordered; its ETag is its version.")
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response order(@RequestBody(required = true) TreatmentRequest r) {
        requests.valid(r, "Send a JSON body describing the treatment.");
        TreatmentView view = treatments.order(new PatientId(r.patientId), r.encounterId, r.code.toConcept(),
                r.instructions);
        return Versions.created(view, view.record());
    }

    @GET
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    @Operation(operationId = "listTreatments", summary = "List a patient's treatments")
    @Parameter(ref = "page")
    @Parameter(ref = "size")
    @Parameter(ref = "includeVoided")
    @APIResponse(responseCode = "200", description = "A page of the patient's treatments.", content = @Content(schema = @Schema(ref = "TreatmentViewPage")))
    @APIResponse(responseCode = "404", ref = "notFound")
    public Page<TreatmentView> list(
            @QueryParam("patient") @Parameter(ref = "patient") UUID patient,
            @BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        requests.required(patient, "patient", "Give ?patient=<patient id>.");
        return treatments.list(new PatientId(patient), paging.includeVoided, paging.page, paging.size);
    }

    /** The caller's ward's open treatments (encounters in progress here), oldest order first. */
    @GET
    @Path("worklist")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    @Operation(operationId = "getWardWorklist", summary = "List the open treatments of the caller's ward")
    @Parameter(ref = "page")
    @Parameter(ref = "size")
    @Parameter(ref = "includeVoided")
    @APIResponseSchema(value = WardWorklist.class, responseDescription = "The caller's ward and a page of its open treatments, oldest order first.")
    public WardWorklist worklist(@BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        return treatments.worklist(paging.page, paging.size);
    }

    @POST
    @Path("{id}/start")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    @Operation(operationId = "startTreatment", summary = "Start an ordered treatment")
    @APIResponseSchema(value = TreatmentView.class, responseDescription = "The treatment, started; its ETag is its new version.")
    @APIResponse(responseCode = "409", ref = "conflict")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response start(@PathParam("id") @Parameter(ref = "id") UUID id,
            @HeaderParam("If-Match") @Parameter(ref = "If-Match") String ifMatch) {
        TreatmentView view = treatments.start(id, Versions.expected(ifMatch));
        return Versions.ok(view, view.record());
    }

    @POST
    @Path("{id}/complete")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    @Operation(operationId = "completeTreatment", summary = "Complete a treatment, with its outcome if known")
    @APIResponseSchema(value = TreatmentView.class, responseDescription = "The treatment, completed; its ETag is its new version.")
    @APIResponse(responseCode = "409", ref = "conflict")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response complete(@PathParam("id") @Parameter(ref = "id") UUID id,
            @HeaderParam("If-Match") @Parameter(ref = "If-Match") String ifMatch,
            OutcomeRequest request) {
        requests.validIfPresent(request);
        TreatmentView view = treatments.complete(id, Versions.expected(ifMatch),
                request == null ? null : request.outcome);
        return Versions.ok(view, view.record());
    }

    @POST
    @Path("{id}/cancel")
    @AllowedRoles(Roles.DOCTOR)
    @Operation(operationId = "cancelTreatment", summary = "Cancel a treatment, giving the reason")
    @APIResponseSchema(value = TreatmentView.class, responseDescription = "The treatment, cancelled; its ETag is its new version.")
    @APIResponse(responseCode = "409", ref = "conflict")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response cancel(@PathParam("id") @Parameter(ref = "id") UUID id,
            @HeaderParam("If-Match") @Parameter(ref = "If-Match") String ifMatch,
            @RequestBody(required = true) ReasonRequest request) {
        requests.valid(request, "Send a JSON body with the reason.");
        TreatmentView view = treatments.cancel(id, Versions.expected(ifMatch), request.reason);
        return Versions.ok(view, view.record());
    }
}
