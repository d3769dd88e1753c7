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
import org.medmesh.clinical.application.ClinicalViews.NoteView;
import org.medmesh.clinical.application.NoteService;
import org.medmesh.clinical.domain.model.NoteType;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.support.PageParams;
import org.medmesh.interfaces.rest.support.ReasonRequest;
import org.medmesh.interfaces.rest.support.Requests;
import org.medmesh.interfaces.rest.support.Versions;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;

@Path("notes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(ref = "notes")
public class NoteResource {

    @Inject
    Requests requests;

    @Inject
    NoteService notes;

    @POST
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    @Operation(operationId = "writeNote", summary = "Write a clinical note about a patient")
    @APIResponseSchema(value = NoteView.class, responseCode = "201", responseDescription = "The note as written; its ETag is its version.")
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response write(@RequestBody(required = true) NoteRequest r) {
        requests.valid(r, "Send a JSON body with the note.");
        NoteView view = notes.write(new PatientId(r.patientId), r.encounterId, NoteType.valueOf(r.type),
                r.text);
        return Versions.created(view, view.record());
    }

    @GET
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    @Operation(operationId = "listNotes", summary = "List a patient's clinical notes")
    @Parameter(ref = "page")
    @Parameter(ref = "size")
    @Parameter(ref = "includeVoided")
    @APIResponse(responseCode = "200", description = "A page of the patient's notes.", content = @Content(schema = @Schema(ref = "NoteViewPage")))
    @APIResponse(responseCode = "404", ref = "notFound")
    public Page<NoteView> list(@QueryParam("patient") @Parameter(ref = "patient") UUID patient,
            @BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        requests.required(patient, "patient", "Give ?patient=<patient id>.");
        return notes.list(new PatientId(patient), paging.includeVoided, paging.page, paging.size);
    }

    /** Replaces a note by a corrected one; the old note is voided and points to its replacement. */
    @POST
    @Path("{id}/amend")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    @Operation(operationId = "amendNote", summary = "Correct one's own note: a new note replaces it")
    @APIResponseSchema(value = NoteView.class, responseCode = "201", responseDescription = "The new note, which amends the old one; its ETag is its version.")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response amend(@PathParam("id") @Parameter(ref = "id") UUID id,
            @HeaderParam("If-Match") @Parameter(ref = "If-Match") String ifMatch,
            @RequestBody(required = true) AmendRequest request) {
        requests.valid(request, "Send a JSON body with the corrected text.");
        NoteView view = notes.amend(id, Versions.expected(ifMatch), request.text);
        return Versions.created(view, view.record());
    }

    @POST
    @Path("{id}/void")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    @Operation(operationId = "voidNote", summary = "Void one's own note entered in error, giving the reason")
    @APIResponseSchema(value = NoteView.class, responseDescription = "The note, voided; its ETag is its new version.")
    @APIResponse(responseCode = "422", ref = "refusedByRule")
    public Response voidNote(@PathParam("id") @Parameter(ref = "id") UUID id,
            @HeaderParam("If-Match") @Parameter(ref = "If-Match") String ifMatch,
            @RequestBody(required = true) ReasonRequest request) {
        requests.valid(request, "Send a JSON body with the reason.");
        NoteView view = notes.voidNote(id, Versions.expected(ifMatch), request.reason);
        return Versions.ok(view, view.record());
    }
}
