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

import org.medmesh.clinical.application.ClinicalViews.EncounterView;
import org.medmesh.clinical.application.EncounterService;
import org.medmesh.clinical.domain.model.EncounterType;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.support.PageParams;
import org.medmesh.interfaces.rest.support.ReasonRequest;
import org.medmesh.interfaces.rest.support.Requests;
import org.medmesh.interfaces.rest.support.Versions;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;

@Path("encounters")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EncounterResource {

    @Inject
    Requests requests;

    @Inject
    EncounterService encounters;

    @POST
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    public Response start(EncounterRequest r) {
        requests.valid(r, "Send a JSON body describing the visit.");
        EncounterView view = encounters.start(new PatientId(r.patientId), EncounterType.valueOf(r.type),
                r.ward, r.attending, r.startedAt);
        return Versions.created(view, view.record());
    }

    @GET
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    public Page<EncounterView> list(
            @QueryParam("patient") UUID patient,
            @BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        requests.required(patient, "patient", "Give ?patient=<patient id>.");
        return encounters.list(new PatientId(patient), paging.includeVoided, paging.page, paging.size);
    }

    @POST
    @Path("{id}/finish")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    public Response finish(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            FinishRequest request) {
        requests.validIfPresent(request);
        EncounterView view = encounters.finish(id, Versions.expected(ifMatch),
                request == null ? null : request.endedAt);
        return Versions.ok(view, view.record());
    }

    @POST
    @Path("{id}/void")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    public Response voidEncounter(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            ReasonRequest request) {
        requests.valid(request, "Send a JSON body with the reason.");
        EncounterView view = encounters.voidEncounter(id, Versions.expected(ifMatch), request.reason);
        return Versions.ok(view, view.record());
    }
}
