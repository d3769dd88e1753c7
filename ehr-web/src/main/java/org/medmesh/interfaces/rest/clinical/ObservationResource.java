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
import org.medmesh.clinical.application.ClinicalViews.ObservationView;
import org.medmesh.clinical.application.ObservationService;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.support.PageParams;
import org.medmesh.interfaces.rest.support.ReasonRequest;
import org.medmesh.interfaces.rest.support.Requests;
import org.medmesh.interfaces.rest.support.Versions;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;

@Path("observations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(ref = "observations")
public class ObservationResource {

    @Inject
    Requests requests;

    @Inject
    ObservationService observations;

    /** Records a vital sign, lab result or finding; known codes are checked for unit and plausibility. */
    @POST
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    @Operation(operationId = "recordObservation", summary = "Record a vital sign, laboratory result or finding")
    @APIResponseSchema(value = ObservationView.class, responseCode = "201", responseDescription = "The observation as recorded, interpreted against its reference range; its ETag "
            + "is its version.")
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response record(
            @RequestBody(required = true) ObservationRequest r) {
        requests.valid(r, "Send a JSON body describing the observation.");
        ObservationView view = observations.record(new PatientId(r.patientId), r.encounterId, r.categoryOrNull(),
                r.code.toConcept(), r.toValue(), r.effectiveAt);
        return Versions.created(view, view.record());
    }

    @GET
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    @Operation(operationId = "listObservations", summary = "List a patient's observations")
    @Parameter(ref = "page")
    @Parameter(ref = "size")
    @Parameter(ref = "includeVoided")
    @APIResponse(responseCode = "200", description = "A page of the patient's observations.", content = @Content(schema = @Schema(ref = "ObservationViewPage")))
    @APIResponse(responseCode = "404", ref = "notFound")
    public Page<ObservationView> list(
            @QueryParam("patient") @Parameter(ref = "patient") UUID patient,
            @BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        requests.required(patient, "patient", "Give ?patient=<patient id>.");
        return observations.list(new PatientId(patient), paging.includeVoided, paging.page, paging.size);
    }

    @POST
    @Path("{id}/void")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    @Operation(operationId = "voidObservation", summary = "Void an observation entered in error, giving the reason")
    @APIResponseSchema(value = ObservationView.class, responseDescription = "The observation, voided; its ETag is its new version.")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response voidObservation(@PathParam("id") @Parameter(ref = "id") UUID id,
            @HeaderParam("If-Match") @Parameter(ref = "If-Match") String ifMatch,
            @RequestBody(required = true) ReasonRequest request) {
        requests.valid(request, "Send a JSON body with the reason.");
        ObservationView view = observations.voidObservation(id, Versions.expected(ifMatch), request.reason);
        return Versions.ok(view, view.record());
    }
}
