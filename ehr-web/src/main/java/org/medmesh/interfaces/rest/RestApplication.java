package org.medmesh.interfaces.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.medmesh.identity.domain.model.Roles;

/**
 * The node's REST API; callers authenticate with bearer tokens of a trusted issuer, verified by
 * {@link org.medmesh.interfaces.web.security.StaffAuthenticationMechanism}.
 */
@ApplicationPath("/api/v1")
@DeclareRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST, Roles.ADMIN})
public class RestApplication extends Application {
}
