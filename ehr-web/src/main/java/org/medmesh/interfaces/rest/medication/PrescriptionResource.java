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

import org.medmesh.identity.domain.model.Roles;
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
    public Response prescribe(
            PrescriptionRequest r) {
        requests.valid(r, "Send a JSON body describing the prescription.");
        PrescriptionView view = medications.prescribe(new PatientId(r.patientId), r.encounterId,
                r.drug.toConcept(), r.toDosage(), r.instructions, r.overrideReason);
        return Versions.created(Locations.of(uri, "prescriptions", view.id()), view, view.record());
    }

    @GET
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    public Page<PrescriptionView> list(
            @QueryParam("patient") UUID patient,
            @BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        requests.required(patient, "patient", "Give ?patient=<patient id>.");
        return medications.list(new PatientId(patient), paging.includeVoided, paging.page, paging.size);
    }

    /** The pharmacy's queue: the active prescriptions written at this hospital, oldest first. */
    @GET
    @Path("queue")
    @AllowedRoles(Roles.PHARMACIST)
    public Page<PrescriptionView> queue(@BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        return medications.awaitingDispensing(paging.page, paging.size);
    }

    @GET
    @Path("{id}")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    public Response find(@PathParam("id") UUID id) {
        PrescriptionView view = medications.find(id);
        return Versions.ok(view, view.record());
    }

    /** Pharmacists only: records the dispensing and moves the prescription to DISPENSED. */
    @POST
    @Path("{id}/dispense")
    @AllowedRoles(Roles.PHARMACIST)
    public Response dispense(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            DispenseRequest request) {
        requests.valid(request, "Send a JSON body with the quantity.");
        DispensingView view = medications.dispense(id, Versions.expected(ifMatch), request.quantity,
                request.note);
        return Versions.created(view, view.record());
    }

    @POST
    @Path("{id}/complete")
    @AllowedRoles(Roles.DOCTOR)
    public Response complete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        PrescriptionView view = medications.complete(id, Versions.expected(ifMatch));
        return Versions.ok(view, view.record());
    }

    @POST
    @Path("{id}/cancel")
    @AllowedRoles(Roles.DOCTOR)
    public Response cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            ReasonRequest request) {
        requests.valid(request, "Send a JSON body with the reason.");
        PrescriptionView view = medications.cancel(id, Versions.expected(ifMatch), request.reason);
        return Versions.ok(view, view.record());
    }

    @POST
    @Path("{id}/void")
    @AllowedRoles(Roles.DOCTOR)
    public Response voidPrescription(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            ReasonRequest request) {
        requests.valid(request, "Send a JSON body with the reason.");
        PrescriptionView view = medications.voidPrescription(id, Versions.expected(ifMatch), request.reason);
        return Versions.ok(view, view.record());
    }
}
