package org.medmesh.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OpenAPI description of the node's API, published by the server at {@code /openapi} and browsable at
 * {@code /api-docs/}. Every operation except sign-in and the hospital profile needs a bearer token. The tags are
 * declared here, and resources refer to them ({@code @Tag(ref = …)}); the components resources refer to (bodies'
 * schemas, shared parameters, problem answers) are in {@link org.medmesh.interfaces.rest.openapi.ApiComponents}.
 */
@OpenAPIDefinition(info = @Info(title = "MedMesh hospital node API", version = "1", description = "Clinical records of one hospital of a MedMesh network. Sign in with POST "
        + "/api/v1/auth/token, then send 'Authorization: Bearer <token>'. Errors are RFC 9457 "
        + "problem details. Changes need If-Match with the record's ETag. While the hospital's database cannot "
        + "be reached, every operation that needs it answers 503 (database-unreachable, with Retry-After).", license = @License(name = "GPL-3.0-or-later", url = "https://www.gnu.org/licenses/gpl-3.0.html")), security = @SecurityRequirement(name = "bearer"), tags = {
                @Tag(name = "sign-in", description = "Bearer tokens: signing in and out, who the caller is, and "
                        + "changing one's own password."),
                @Tag(name = "hospital", description = "This hospital node's public profile."),
                @Tag(name = "patients", description = "Registration, search and demographics; the chart, the heart-"
                        + "disease risk assessment, consent, and emergency (break-the-glass) access."),
                @Tag(name = "encounters", description = "Visits: started, finished, or voided when entered in error."),
                @Tag(name = "observations", description = "Vital signs, laboratory results and examination findings."),
                @Tag(name = "conditions", description = "The problem list: diagnoses and their clinical status."),
                @Tag(name = "allergies", description = "Allergies and intolerances, and their status."),
                @Tag(name = "treatments", description = "Treatments ordered, started, completed or cancelled, and a "
                        + "ward's worklist."),
                @Tag(name = "notes", description = "Clinical notes; an amendment replaces a note and voids it."),
                @Tag(name = "prescriptions", description = "Prescriptions: written (checked against allergies and "
                        + "current medication), completed, cancelled, or voided."),
                @Tag(name = "dispensing", description = "The pharmacy: its queue, dispensing a prescription, and a "
                        + "patient's dispensings."),
                @Tag(name = "notifications", description = "Clinical alerts, the caller's own inbox and its live "
                        + "stream."),
                @Tag(name = "replication", description = "Replication with the other hospitals: status, digests, "
                        + "peer links, conflicts to review and quarantined messages."),
                @Tag(name = "audit", description = "The tamper-evident audit trail: searching it and verifying it."),
                @Tag(name = "administration", description = "Staff accounts, backups, the node's dependencies and "
                        + "leadership, and the administrators' notifications.")})
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class ApiDocumentation {

    private ApiDocumentation() {
    }
}
