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
public class TreatmentResource {

    @Inject
    Requests requests;

    @Inject
    TreatmentService treatments;

    @POST
    @AllowedRoles(Roles.DOCTOR)
    public Response order(TreatmentRequest r) {
        requests.valid(r, "Send a JSON body describing the treatment.");
        TreatmentView view = treatments.order(new PatientId(r.patientId), r.encounterId, r.code.toConcept(),
                r.instructions);
        return Versions.created(view, view.record());
    }

    @GET
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    public Page<TreatmentView> list(
            @QueryParam("patient") UUID patient,
            @BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        requests.required(patient, "patient", "Give ?patient=<patient id>.");
        return treatments.list(new PatientId(patient), paging.includeVoided, paging.page, paging.size);
    }

    /** The caller's ward's open treatments (encounters in progress here), oldest order first. */
    @GET
    @Path("worklist")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    public WardWorklist worklist(@BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        return treatments.worklist(paging.page, paging.size);
    }

    @POST
    @Path("{id}/start")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    public Response start(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        TreatmentView view = treatments.start(id, Versions.expected(ifMatch));
        return Versions.ok(view, view.record());
    }

    @POST
    @Path("{id}/complete")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    public Response complete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            OutcomeRequest request) {
        requests.validIfPresent(request);
        TreatmentView view = treatments.complete(id, Versions.expected(ifMatch),
                request == null ? null : request.outcome);
        return Versions.ok(view, view.record());
    }

    @POST
    @Path("{id}/cancel")
    @AllowedRoles(Roles.DOCTOR)
    public Response cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            ReasonRequest request) {
        requests.valid(request, "Send a JSON body with the reason.");
        TreatmentView view = treatments.cancel(id, Versions.expected(ifMatch), request.reason);
        return Versions.ok(view, view.record());
    }
}
