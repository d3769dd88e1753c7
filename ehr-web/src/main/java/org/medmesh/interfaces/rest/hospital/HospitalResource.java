package org.medmesh.interfaces.rest.hospital;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.interfaces.rest.security.OpenToAnyone;

@Path("hospital")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "hospital")
public class HospitalResource {

    @Inject
    ThisHospital hospital;

    /** Identity, name, software version and peers of this hospital node. */
    @GET
    @OpenToAnyone
    @Operation(operationId = "getHospital", summary = "Describe this hospital node")
    @SecurityRequirementsSet
    @APIResponseSchema(value = HospitalResponse.class, responseDescription = "This node's hospital id, name, software version and peers.")
    public HospitalResponse get() {
        return HospitalResponse.of(hospital.profile());
    }
}
