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

import org.medmesh.clinical.application.ClinicalViews.AllergyView;
import org.medmesh.clinical.application.ProblemListService;
import org.medmesh.clinical.domain.model.AllergySeverity;
import org.medmesh.clinical.domain.model.AllergyStatus;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.support.PageParams;
import org.medmesh.interfaces.rest.support.ReasonRequest;
import org.medmesh.interfaces.rest.support.Requests;
import org.medmesh.interfaces.rest.support.Versions;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;

@Path("allergies")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AllergyResource {

    @Inject
    Requests requests;

    @Inject
    ProblemListService problems;

    @POST
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    public Response add(AllergyRequest r) {
        requests.valid(r, "Send a JSON body describing the allergy.");
        AllergyView view = problems.addAllergy(new PatientId(r.patientId), r.substance.toConcept(), r.reaction,
                AllergySeverity.valueOf(r.severity));
        return Versions.created(view, view.record());
    }

    @GET
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    public Page<AllergyView> list(@QueryParam("patient") UUID patient,
            @BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        requests.required(patient, "patient", "Give ?patient=<patient id>.");
        return problems.allergies(new PatientId(patient), paging.includeVoided, paging.page, paging.size);
    }

    @PUT
    @Path("{id}/status")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            StatusRequest request) {
        requests.valid(request, "Send a JSON body with the status.");
        AllergyView view = problems.changeAllergyStatus(id, Versions.expected(ifMatch),
                AllergyStatus.valueOf(request.status));
        return Versions.ok(view, view.record());
    }

    @POST
    @Path("{id}/void")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    public Response voidAllergy(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            ReasonRequest request) {
        requests.valid(request, "Send a JSON body with the reason.");
        AllergyView view = problems.voidAllergy(id, Versions.expected(ifMatch), request.reason);
        return Versions.ok(view, view.record());
    }
}
