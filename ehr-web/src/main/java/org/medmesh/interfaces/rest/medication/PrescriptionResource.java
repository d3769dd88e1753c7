package org.medmesh.interfaces.rest.medication;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.problem.Problem;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.support.Locations;
import org.medmesh.interfaces.rest.support.PageParams;
import org.medmesh.interfaces.rest.support.ReasonRequest;
import org.medmesh.interfaces.rest.support.Requests;
import org.medmesh.interfaces.rest.support.Versions;
import org.medmesh.medication.application.DispensingView;
import org.medmesh.medication.application.MedicationService;
import org.medmesh.medication.application.PrescriptionView;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;

@Path("prescriptions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(ref = "prescriptions")
public class PrescriptionResource {

    @Inject
    Requests requests;

    @Inject
    MedicationService medications;

    @Context
    UriInfo uri;

    /**
     * Prescribes a drug. Refused (422, listing each conflict) when the patient is allergic or already takes it, unless
     * {@code overrideReason} is given.
     */
    @POST
    @AllowedRoles(Roles.DOCTOR)
    @Operation(operationId = "prescribeDrug", summary = "Prescribe a drug, checked against the patient's allergies and medication")
    @APIResponseSchema(value = PrescriptionView.class, responseCode = "201", responseDescription = "The prescription as written, at its Location; its ETag is its version.")
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "422", description = "The patient is allergic to the drug or already takes it: the problem lists each conflict; send "
            + "an overrideReason to prescribe anyway. Or another clinical rule refused it.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response prescribe(
            @RequestBody(required = true) PrescriptionRequest r) {
        requests.valid(r, "Send a JSON body describing the prescription.");
        PrescriptionView view = medications.prescribe(new PatientId(r.patientId), r.encounterId,
                r.drug.toConcept(), r.toDosage(), r.instructions, r.overrideReason);
        return Versions.created(Locations.of(uri, "prescriptions", view.id()), view, view.record());
    }

    @GET
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    @Operation(operationId = "listPrescriptions", summary = "List a patient's prescriptions")
    @Parameter(ref = "page")
    @Parameter(ref = "size")
    @Parameter(ref = "includeVoided")
    @APIResponse(responseCode = "200", description = "A page of the patient's prescriptions.", content = @Content(schema = @Schema(ref = "PrescriptionViewPage")))
    @APIResponse(responseCode = "404", ref = "notFound")
    public Page<PrescriptionView> list(
            @QueryParam("patient") @Parameter(ref = "patient") UUID patient,
            @BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        requests.required(patient, "patient", "Give ?patient=<patient id>.");
        return medications.list(new PatientId(patient), paging.includeVoided, paging.page, paging.size);
    }

    /** The pharmacy's queue: the active prescriptions written at this hospital, oldest first. */
    @GET
    @Path("queue")
    @AllowedRoles(Roles.PHARMACIST)
    @Operation(operationId = "listPharmacyQueue", summary = "List the prescriptions waiting to be dispensed here")
    @Tag(ref = "dispensing")
    @Parameter(ref = "page")
    @Parameter(ref = "size")
    @Parameter(ref = "includeVoided")
    @APIResponse(responseCode = "200", description = "A page of the active prescriptions written at this hospital, oldest first.", content = @Content(schema = @Schema(ref = "PrescriptionViewPage")))
    public Page<PrescriptionView> queue(@BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        return medications.awaitingDispensing(paging.page, paging.size);
    }

    @GET
    @Path("{id}")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    @Operation(operationId = "getPrescription", summary = "Read a prescription")
    @APIResponseSchema(value = PrescriptionView.class, responseDescription = "The prescription; its ETag is its version.")
    public Response find(@PathParam("id") @Parameter(ref = "id") UUID id) {
        PrescriptionView view = medications.find(id);
        return Versions.ok(view, view.record());
    }

    /** Pharmacists only: records the dispensing and moves the prescription to DISPENSED. */
    @POST
    @Path("{id}/dispense")
    @AllowedRoles(Roles.PHARMACIST)
    @Operation(operationId = "dispensePrescription", summary = "Dispense a prescription")
    @Tag(ref = "dispensing")
    @APIResponseSchema(value = DispensingView.class, responseCode = "201", responseDescription = "The dispensing as recorded; the prescription is now dispensed.")
    @APIResponse(responseCode = "409", ref = "conflict")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response dispense(@PathParam("id") @Parameter(ref = "id") UUID id,
            @HeaderParam("If-Match") @Parameter(ref = "If-Match") String ifMatch,
            @RequestBody(required = true) DispenseRequest request) {
        requests.valid(request, "Send a JSON body with the quantity.");
        DispensingView view = medications.dispense(id, Versions.expected(ifMatch), request.quantity,
                request.note);
        return Versions.created(view, view.record());
    }

    @POST
    @Path("{id}/complete")
    @AllowedRoles(Roles.DOCTOR)
    @Operation(operationId = "completePrescription", summary = "Mark a prescription's course as completed")
    @APIResponseSchema(value = PrescriptionView.class, responseDescription = "The prescription, completed; its ETag is its new version.")
    @APIResponse(responseCode = "409", ref = "conflict")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response complete(@PathParam("id") @Parameter(ref = "id") UUID id,
            @HeaderParam("If-Match") @Parameter(ref = "If-Match") String ifMatch) {
        PrescriptionView view = medications.complete(id, Versions.expected(ifMatch));
        return Versions.ok(view, view.record());
    }

    @POST
    @Path("{id}/cancel")
    @AllowedRoles(Roles.DOCTOR)
    @Operation(operationId = "cancelPrescription", summary = "Cancel a prescription, giving the reason")
    @APIResponseSchema(value = PrescriptionView.class, responseDescription = "The prescription, cancelled; its ETag is its new version.")
    @APIResponse(responseCode = "409", ref = "conflict")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response cancel(@PathParam("id") @Parameter(ref = "id") UUID id,
            @HeaderParam("If-Match") @Parameter(ref = "If-Match") String ifMatch,
            @RequestBody(required = true) ReasonRequest request) {
        requests.valid(request, "Send a JSON body with the reason.");
        PrescriptionView view = medications.cancel(id, Versions.expected(ifMatch), request.reason);
        return Versions.ok(view, view.record());
    }

    @POST
    @Path("{id}/void")
    @AllowedRoles(Roles.DOCTOR)
    @Operation(operationId = "voidPrescription", summary = "Void a prescription entered in error, giving the reason")
    @APIResponseSchema(value = PrescriptionView.class, responseDescription = "The prescription, voided; its ETag is its new version.")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response voidPrescription(@PathParam("id") @Parameter(ref = "id") UUID id,
            @HeaderParam("If-Match") @Parameter(ref = "If-Match") String ifMatch,
            @RequestBody(required = true) ReasonRequest request) {
        requests.valid(request, "Send a JSON body with the reason.");
        PrescriptionView view = medications.voidPrescription(id, Versions.expected(ifMatch), request.reason);
        return Versions.ok(view, view.record());
    }
}
