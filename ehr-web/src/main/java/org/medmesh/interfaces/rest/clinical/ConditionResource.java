package org.medmesh.interfaces.rest.clinical;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

import org.medmesh.clinical.application.ClinicalViews.ConditionView;
import org.medmesh.clinical.application.ProblemListService;
import org.medmesh.clinical.domain.model.ConditionStatus;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.support.PageParams;
import org.medmesh.interfaces.rest.support.ReasonRequest;
import org.medmesh.interfaces.rest.support.Requests;
import org.medmesh.interfaces.rest.support.Versions;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;

@Path("conditions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConditionResource {

    @Inject
    Requests requests;

    @Inject
    ProblemListService problems;

    @POST
    @AllowedRoles(Roles.DOCTOR)
    public Response add(ConditionRequest r) {
        requests.valid(r, "Send a JSON body describing the condition.");
        ConditionView view = problems.addCondition(new PatientId(r.patientId), r.code.toConcept(), r.onsetDate,
                r.note);
        return Versions.created(view, view.record());
    }

    @GET
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    public Page<ConditionView> list(
            @QueryParam("patient") UUID patient,
            @BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        requests.required(patient, "patient", "Give ?patient=<patient id>.");
        return problems.conditions(new PatientId(patient), paging.includeVoided, paging.page, paging.size);
    }

    @PUT
    @Path("{id}/status")
    @AllowedRoles(Roles.DOCTOR)
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            StatusRequest request) {
        requests.valid(request, "Send a JSON body with the status.");
        ConditionView view = problems.changeConditionStatus(id, Versions.expected(ifMatch),
                ConditionStatus.valueOf(request.status));
        return Versions.ok(view, view.record());
    }

    @POST
    @Path("{id}/void")
    @AllowedRoles(Roles.DOCTOR)
    public Response voidCondition(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            ReasonRequest request) {
        requests.valid(request, "Send a JSON body with the reason.");
        ConditionView view = problems.voidCondition(id, Versions.expected(ifMatch), request.reason);
        return Versions.ok(view, view.record());
    }
}
