package org.medmesh.interfaces.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.auth.LoginConfig;
import org.medmesh.identity.domain.model.Roles;

/** The node's REST API; callers authenticate with bearer tokens verified by MicroProfile JWT. */
@ApplicationPath("/api/v1")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST, Roles.ADMIN})
public class RestApplication extends Application {
}
