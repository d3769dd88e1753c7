package org.medmesh.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.medmesh.platform.application.BackupsNotConfiguredException;

/** A backup asked for on a node without backups set up: 409, naming the missing settings. */
@Provider
public class BackupsNotConfiguredMapper implements ExceptionMapper<BackupsNotConfiguredException> {

    @Override
    public Response toResponse(BackupsNotConfiguredException exception) {
        return Problem.response(Response.Status.CONFLICT, "backups-not-configured", "Backups are not set up",
                exception.getMessage());
    }
}
