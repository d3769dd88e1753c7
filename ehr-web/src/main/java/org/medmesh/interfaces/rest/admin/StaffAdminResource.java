package org.medmesh.interfaces.rest.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

import org.medmesh.identity.application.StaffAccountService;
import org.medmesh.identity.application.StaffAccountSummary;
import org.medmesh.identity.domain.model.Roles;

@Path("admin/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffAdminResource {

    @Inject
    StaffAccountService staff;

    /** All staff accounts of this hospital. */
    @GET
    @RolesAllowed(Roles.ADMIN)
    public List<StaffAccountSummary> list() {
        return staff.listAccounts();
    }
}
