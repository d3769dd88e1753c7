package org.medmesh.interfaces.rest.patient;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.LocalDate;
import java.util.UUID;

import org.medmesh.interfaces.rest.support.Requests;
import org.medmesh.chart.application.ChartService;
import org.medmesh.chart.application.ChartView;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.support.Locations;
import org.medmesh.interfaces.rest.support.PageParams;
import org.medmesh.interfaces.rest.support.ReasonRequest;
import org.medmesh.interfaces.rest.support.Versions;
import org.medmesh.patient.application.PatientService;
import org.medmesh.patient.application.PatientView;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.patient.domain.model.PatientSearch;
import org.medmesh.patient.domain.model.SearchableName;
import org.medmesh.shared.application.Page;

@Path("patients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PatientResource {

    @Inject
    Requests requests;

    private static final String BODY = "Send a JSON body with the patient's demographics.";

    @Inject
    PatientService patients;

    @Inject
    ChartService charts;

    @Context
    UriInfo uri;

    /** Registers a patient at this hospital; the MRN is assigned here. */
    @POST
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    public Response register(PatientRequest request) {
        requests.valid(request, BODY);
        PatientView patient = patients.register(request.toDemographics());
        return Versions.created(Locations.of(uri, "patients", patient.id()), patient, patient.record());
    }

    /**
     * Finds patients by name words (each the start of a given or family name, any case or accents), birth date and
     * identifier (MRN or national id), ordered by name.
     */
    @GET
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    public Page<PatientView> search(
            @QueryParam("name") String name,
            @QueryParam("birthDate") LocalDate birthDate,
            @QueryParam("identifier") String identifier,
            @BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        requests.bounded(name, "name", 200);
        requests.bounded(identifier, "identifier", 40);
        return patients.search(new PatientSearch(SearchableName.queryTokens(name), birthDate, identifier,
                paging.includeVoided, paging.page, paging.size));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    public Response find(@PathParam("id") UUID id) {
        PatientView patient = patients.find(new PatientId(id));
        return Versions.ok(patient, patient.record());
    }

    /** Replaces the demographics; send the ETag of the copy you edited in If-Match. */
    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            PatientRequest request) {
        requests.valid(request, BODY);
        PatientView patient = patients.update(new PatientId(id), Versions.expected(ifMatch),
                request.toDemographics());
        return Versions.ok(patient, patient.record());
    }

    /** Voids a registration made in error. */
    @POST
    @Path("{id}/void")
    @RolesAllowed(Roles.DOCTOR)
    public Response voidPatient(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            ReasonRequest request) {
        requests.valid(request, "Send a JSON body with the reason.");
        PatientView patient = patients.voidPatient(new PatientId(id), Versions.expected(ifMatch), request.reason);
        return Versions.ok(patient, patient.record());
    }

    /** Demographics, active problems, allergies, current medications, latest vitals and recent visits. */
    @GET
    @Path("{id}/chart")
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    public ChartView chart(@PathParam("id") UUID id) {
        return charts.chart(new PatientId(id));
    }
}
