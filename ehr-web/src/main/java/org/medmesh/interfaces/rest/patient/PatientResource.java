package org.medmesh.interfaces.rest.patient;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.LocalDate;
import java.util.UUID;

import org.medmesh.analytics.application.RiskService;
import org.medmesh.analytics.application.RiskView;
import org.medmesh.chart.application.ChartService;
import org.medmesh.chart.application.ChartView;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.support.Locations;
import org.medmesh.interfaces.rest.support.PageParams;
import org.medmesh.interfaces.rest.support.ReasonRequest;
import org.medmesh.interfaces.rest.support.Requests;
import org.medmesh.interfaces.rest.support.Versions;
import org.medmesh.patient.application.BreakGlassService;
import org.medmesh.patient.application.BreakGlassView;
import org.medmesh.patient.application.ConsentService;
import org.medmesh.patient.application.ConsentView;
import org.medmesh.patient.application.PatientSearchHit;
import org.medmesh.patient.application.PatientService;
import org.medmesh.patient.application.PatientView;
import org.medmesh.patient.domain.model.BreakGlassReason;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.patient.domain.model.PatientSearch;
import org.medmesh.patient.domain.model.SearchableName;
import org.medmesh.shared.application.Page;

@Path("patients")
@ApplicationScoped
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

    @Inject
    ConsentService consents;

    @Inject
    BreakGlassService breakGlass;

    @Inject
    RiskService risks;

    @Context
    UriInfo uri;

    /** Registers a patient at this hospital; the MRN is assigned here. */
    @POST
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    public Response register(PatientRequest request) {
        requests.valid(request, BODY);
        PatientView patient = patients.register(request.toDemographics());
        return Versions.created(Locations.of(uri, "patients", patient.id()), patient, patient.record());
    }

    /**
     * Finds patients by name words (each the start of a given or family name, any case or accents), birth date and
     * identifier (MRN or national id), ordered by name. A patient who does not share the record with this hospital is
     * found too, marked {@code restricted} (opening it needs break-the-glass).
     */
    @GET
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    public Page<PatientSearchHit> search(
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
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    public Response find(@PathParam("id") UUID id) {
        PatientView patient = patients.find(new PatientId(id));
        return Versions.ok(patient, patient.record());
    }

    /** Replaces the demographics; send the ETag of the copy you edited in If-Match. */
    @PUT
    @Path("{id}")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
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
    @AllowedRoles(Roles.DOCTOR)
    public Response voidPatient(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            ReasonRequest request) {
        requests.valid(request, "Send a JSON body with the reason.");
        PatientView patient = patients.voidPatient(new PatientId(id), Versions.expected(ifMatch), request.reason);
        return Versions.ok(patient, patient.record());
    }

    /** Demographics, active problems, allergies, current medications, latest vitals and recent visits. */
    @GET
    @Path("{id}/chart")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    public ChartView chart(@PathParam("id") UUID id) {
        return charts.chart(new PatientId(id));
    }

    /**
     * The patient's latest heart-disease risk assessment with its explanation: the inputs used, the inputs missing and
     * the submodel that scored without them, and each input's contribution to the log-odds. Not a diagnosis; see the
     * model card.
     */
    @GET
    @Path("{id}/risk")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    public RiskView risk(@PathParam("id") UUID id) {
        return risks.latest(new PatientId(id));
    }

    /** Sharing with the other hospitals and use for analytics, each with who changed it last, when and why. */
    @GET
    @Path("{id}/consent")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    public Response consent(@PathParam("id") UUID id) {
        ConsentView consent = consents.consent(new PatientId(id));
        return Versions.ok(consent, consent.record());
    }

    /** Records the patient's consent; send the ETag of the consent you read in If-Match ("0" before the first). */
    @PUT
    @Path("{id}/consent")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    public Response changeConsent(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            ConsentRequest request) {
        requests.valid(request, "Send a JSON body with sharingWithHospitals, analyticsUse and reason.");
        ConsentView consent = consents.change(new PatientId(id), Versions.expected(ifMatch),
                request.sharingWithHospitals, request.analyticsUse, request.reason);
        return Versions.ok(consent, consent.record());
    }

    /**
     * Emergency access to a patient who does not share the record with this hospital: time-limited, for you only,
     * audited, and notified to the administrators here and at the patient's home hospital. The reason must show some
     * text (400 otherwise); while your grant for the patient runs, a second request is refused (409) and changes
     * nothing.
     */
    @POST
    @Path("{id}/break-glass")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    public Response breakGlass(@PathParam("id") UUID id, BreakGlassRequest request) {
        requests.valid(request, "Send a JSON body with the reason for emergency access.");
        BreakGlassView grant = breakGlass.breakGlass(new PatientId(id), new BreakGlassReason(request.reason));
        return Versions.created(grant, grant.record());
    }
}
