package org.medmesh.interfaces.rest.hospital;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.interfaces.rest.security.OpenToAnyone;

@Path("hospital")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class HospitalResource {

    @Inject
    ThisHospital hospital;

    /** Identity, name, software version and peers of this hospital node. */
    @GET
    @OpenToAnyone
    public HospitalResponse get() {
        return HospitalResponse.of(hospital.profile());
    }
}
