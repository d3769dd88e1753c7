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

import org.medmesh.clinical.application.ClinicalViews.ObservationView;
import org.medmesh.clinical.application.ObservationService;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.support.PageParams;
import org.medmesh.interfaces.rest.support.ReasonRequest;
import org.medmesh.interfaces.rest.support.Requests;
import org.medmesh.interfaces.rest.support.Versions;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.application.Page;

@Path("observations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObservationResource {

    @Inject
    Requests requests;

    @Inject
    ObservationService observations;

    /** Records a vital sign, lab result or finding; known codes are checked for unit and plausibility. */
    @POST
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    public Response record(
            ObservationRequest r) {
        requests.valid(r, "Send a JSON body describing the observation.");
        ObservationView view = observations.record(new PatientId(r.patientId), r.encounterId, r.categoryOrNull(),
                r.code.toConcept(), r.toValue(), r.effectiveAt);
        return Versions.created(view, view.record());
    }

    @GET
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST})
    public Page<ObservationView> list(
            @QueryParam("patient") UUID patient,
            @BeanParam PageParams paging) {
        requests.validIfPresent(paging);
        requests.required(patient, "patient", "Give ?patient=<patient id>.");
        return observations.list(new PatientId(patient), paging.includeVoided, paging.page, paging.size);
    }

    @POST
    @Path("{id}/void")
    @AllowedRoles({Roles.DOCTOR, Roles.NURSE})
    public Response voidObservation(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            ReasonRequest request) {
        requests.valid(request, "Send a JSON body with the reason.");
        ObservationView view = observations.voidObservation(id, Versions.expected(ifMatch), request.reason);
        return Versions.ok(view, view.record());
    }
}
