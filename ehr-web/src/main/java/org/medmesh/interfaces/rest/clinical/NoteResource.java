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
public class NoteResource {

    @Inject
    Requests requests;

    @Inject
    NoteService notes;

    @POST
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    public Response write(NoteRequest r) {
        requests.valid(r, "Send a JSON body with the note.");
        NoteView view = notes.write(new PatientId(r.patientId), r.encounterId, NoteType.valueOf(r.type),
                r.text);
        return Versions.created(view, view.record());
    }

    @GET
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    public Page<NoteView> list(@QueryParam("patient") UUID patient,
            @BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        requests.required(patient, "patient", "Give ?patient=<patient id>.");
        return notes.list(new PatientId(patient), paging.includeVoided, paging.page, paging.size);
    }

    /** Replaces a note by a corrected one; the old note is voided and points to its replacement. */
    @POST
    @Path("{id}/amend")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    public Response amend(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            AmendRequest request) {
        requests.valid(request, "Send a JSON body with the corrected text.");
        NoteView view = notes.amend(id, Versions.expected(ifMatch), request.text);
        return Versions.created(view, view.record());
    }

    @POST
    @Path("{id}/void")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    public Response voidNote(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            ReasonRequest request) {
        requests.valid(request, "Send a JSON body with the reason.");
        NoteView view = notes.voidNote(id, Versions.expected(ifMatch), request.reason);
        return Versions.ok(view, view.record());
    }
}
