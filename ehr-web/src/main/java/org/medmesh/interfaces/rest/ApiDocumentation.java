package org.medmesh.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The OpenAPI description of the node's API, published by the server at {@code /openapi} and browsable at
 * {@code /api-docs/}. Every operation except sign-in and the hospital profile needs a bearer token.
 */
@OpenAPIDefinition(info = @Info(title = "MedMesh hospital node API", version = "1", description = "Clinical records of one hospital of a MedMesh network. Sign in with POST "
        + "/api/v1/auth/token, then send 'Authorization: Bearer <token>'. Errors are RFC 9457 "
        + "problem details. Changes need If-Match with the record's ETag.", license = @License(name = "GPL-3.0-or-later", url = "https://www.gnu.org/licenses/gpl-3.0.html")), security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class ApiDocumentation {

    private ApiDocumentation() {
    }
}
