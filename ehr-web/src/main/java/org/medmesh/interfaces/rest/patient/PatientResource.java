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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.medmesh.analytics.application.RiskService;
import org.medmesh.analytics.application.RiskView;
import org.medmesh.chart.application.ChartService;
import org.medmesh.chart.application.ChartView;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.problem.Problem;
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
@Tag(ref = "patients")
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
    @Operation(operationId = "registerPatient", summary = "Register a patient at this hospital")
    @APIResponseSchema(value = PatientView.class, responseCode = "201", responseDescription = "The patient as registered, with the MRN assigned here, at its Location; its ETag is its "
            + "version.")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response register(@RequestBody(required = true) PatientRequest request) {
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
    @Operation(operationId = "searchPatients", summary = "Find patients by name, birth date or identifier")
    @Parameter(ref = "page")
    @Parameter(ref = "size")
    @Parameter(ref = "includeVoided")
    @APIResponse(responseCode = "200", description = "A page of the patients found, ordered by name.", content = @Content(schema = @Schema(ref = "PatientSearchHitPage")))
    @APIResponse(responseCode = "422", description = "No search criteria: give a name, a birth date or an identifier.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Page<PatientSearchHit> search(
            @QueryParam("name") @Parameter(description = "Words each starting a given or family name, in any case or accents.", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String name,
            @QueryParam("birthDate") @Parameter(description = "The birth date.", schema = @Schema(type = SchemaType.STRING, format = "date")) LocalDate birthDate,
            @QueryParam("identifier") @Parameter(description = "The MRN or the national id.", schema = @Schema(type = SchemaType.STRING, maxLength = 40)) String identifier,
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
    @Operation(operationId = "getPatient", summary = "Read a patient's demographics")
    @APIResponseSchema(value = PatientView.class, responseDescription = "The patient, voided or not; its ETag is its version.")
    public Response find(@PathParam("id") @Parameter(ref = "id") UUID id) {
        PatientView patient = patients.find(new PatientId(id));
        return Versions.ok(patient, patient.record());
    }

    /** Replaces the demographics; send the ETag of the copy you edited in If-Match. */
    @PUT
    @Path("{id}")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    @Operation(operationId = "updatePatient", summary = "Correct a patient's demographics")
    @APIResponseSchema(value = PatientView.class, responseDescription = "The patient as changed; its ETag is its new version.")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response update(@PathParam("id") @Parameter(ref = "id") UUID id,
            @HeaderParam("If-Match") @Parameter(ref = "If-Match") String ifMatch,
            @RequestBody(required = true) PatientRequest request) {
        requests.valid(request, BODY);
        PatientView patient = patients.update(new PatientId(id), Versions.expected(ifMatch),
                request.toDemographics());
        return Versions.ok(patient, patient.record());
    }

    /** Voids a registration made in error. */
    @POST
    @Path("{id}/void")
    @AllowedRoles(Roles.DOCTOR)
    @Operation(operationId = "voidPatient", summary = "Void a registration made in error, giving the reason")
    @APIResponseSchema(value = PatientView.class, responseDescription = "The patient, voided; its ETag is its new version.")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response voidPatient(@PathParam("id") @Parameter(ref = "id") UUID id,
            @HeaderParam("If-Match") @Parameter(ref = "If-Match") String ifMatch,
            @RequestBody(required = true) ReasonRequest request) {
        requests.valid(request, "Send a JSON body with the reason.");
        PatientView patient = patients.voidPatient(new PatientId(id), Versions.expected(ifMatch), request.reason);
        return Versions.ok(patient, patient.record());
    }

    /** Demographics, active problems, allergies, current medications, latest vitals and recent visits. */
    @GET
    @Path("{id}/chart")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    @Operation(operationId = "getChart", summary = "Read a patient's chart")
    @APIResponseSchema(value = ChartView.class, responseDescription = "The patient's chart.")
    public ChartView chart(@PathParam("id") @Parameter(ref = "id") UUID id) {
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
    @Operation(operationId = "getRiskAssessment", summary = "Read a patient's latest heart-disease risk assessment, explained")
    @APIResponseSchema(value = RiskView.class, responseDescription = "The latest assessment and its explanation.")
    @APIResponse(responseCode = "404", description = "No such patient here, no assessment of the patient yet, or the patient opted out of analytics.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "Risk scoring is not running on this node, or the hospital's database cannot be reached (the problem's type says which; Retry-After with the latter).", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RiskView risk(@PathParam("id") @Parameter(ref = "id") UUID id) {
        return risks.latest(new PatientId(id));
    }

    /** Sharing with the other hospitals and use for analytics, each with who changed it last, when and why. */
    @GET
    @Path("{id}/consent")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    @Operation(operationId = "getConsent", summary = "Read a patient's consent to sharing and to analytics")
    @APIResponseSchema(value = ConsentView.class, responseDescription = "The consent; its ETag is its version (\"0\" before the first is recorded).")
    public Response consent(@PathParam("id") @Parameter(ref = "id") UUID id) {
        ConsentView consent = consents.consent(new PatientId(id));
        return Versions.ok(consent, consent.record());
    }

    /** Records the patient's consent; send the ETag of the consent you read in If-Match ("0" before the first). */
    @PUT
    @Path("{id}/consent")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    @Operation(operationId = "changeConsent", summary = "Record a patient's consent to sharing and to analytics")
    @APIResponseSchema(value = ConsentView.class, responseDescription = "The consent as recorded; its ETag is its new version.")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response changeConsent(@PathParam("id") @Parameter(ref = "id") UUID id,
            @HeaderParam("If-Match") @Parameter(ref = "If-Match") String ifMatch,
            @RequestBody(required = true) ConsentRequest request) {
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
    @Operation(operationId = "breakGlass", summary = "Open a patient's record in an emergency (break the glass)")
    @APIResponseSchema(value = BreakGlassView.class, responseCode = "201", responseDescription = "The grant: for the caller only, until it expires.")
    @APIResponse(responseCode = "409", description = "The caller's grant for the patient still runs: activeUntil says until when.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The caller can already see the patient's records here: no emergency access is needed.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response breakGlass(@PathParam("id") @Parameter(ref = "id") UUID id,
            @RequestBody(required = true) BreakGlassRequest request) {
        requests.valid(request, "Send a JSON body with the reason for emergency access.");
        BreakGlassView grant = breakGlass.breakGlass(new PatientId(id), new BreakGlassReason(request.reason));
        return Versions.created(grant, grant.record());
    }
}
