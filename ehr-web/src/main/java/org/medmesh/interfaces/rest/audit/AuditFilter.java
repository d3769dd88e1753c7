package org.medmesh.interfaces.rest.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import org.medmesh.audit.application.AuditLog;
import org.medmesh.audit.domain.model.AuditOutcome;
import org.medmesh.audit.domain.model.AuditRecord;
import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.problem.Problem;
import org.medmesh.patient.application.BreakGlassInUse;

/**
 * Records every answered API request in the audit trail: who (user and role), this hospital, the patient concerned
 * (from the path, the {@code patient} query parameter or the answer), the other patients a list or search answer showed
 * (never the query itself), what (method and path with ids as {@code {id}}), when and how it ended, and whether it went
 * through break-the-glass (as the access policy noted). A filter rather than a per-operation annotation, so a new
 * endpoint cannot be forgotten. A write's record is written in the write's own transaction ({@link WriteTransaction}),
 * so the two commit together; a read's (and a failed write's) is appended through the audit writer's group commit
 * before the answer leaves. When the trail cannot be written, a read is refused (503) rather than answered unrecorded —
 * except the verifier's, which reads no patient data and is what tells why — and a write is rolled back and refused
 * (503).
 */
@Provider
@Priority(Priorities.USER)
public class AuditFilter implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(AuditFilter.class.getName());
    private static final List<String> NOT_PATIENT_DATA = List.of("hospital");
    /** The verifier must answer when the trail cannot be appended to: that is when an auditor needs it. */
    private static final List<String> ANSWERED_WHEN_UNRECORDED = List.of("admin/audit/verify");

    @Inject
    AuditLog audit;

    @Inject
    ThisHospital hospital;

    @Inject
    BreakGlassInUse breakGlass;

    @Inject
    WriteTransaction writes;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (NOT_PATIENT_DATA.contains(relative)) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        String actor = security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
        String role = actor == null
                ? null
                : Roles.STAFF.stream().filter(security::isUserInRole).findFirst().orElse(null);
        Object answer = response.getEntity();
        UUID patient = PatientOfRequest.find(relative, request.getUriInfo().getQueryParameters().getFirst("patient"),
                answer);
        int status = response.getStatus();
        AuditRecord record = new AuditRecord(Instant.now(), hospital.profile().id().value(), actor, role, patient,
                request.getMethod() + " " + PatientOfRequest.withoutIds(relative), AuditOutcome.ofStatus(status),
                status, breakGlass.used(), PatientOfRequest.exposed(relative, answer, patient));
        boolean withWrite = writes.commitsWith(request, status);
        try {
            if (withWrite) {
                audit.recordWithWrite(record);
                request.setProperty(WriteTransaction.RECORD, record);
            } else {
                audit.record(record);
            }
        } catch (RuntimeException e) {
            LOG.severe(() -> "Could not record " + record.action() + " (status " + status + ") in the audit trail: "
                    + e.getClass().getSimpleName());
            if (withWrite) {
                writes.rollBack(request);
                Problem.replace(response, 503, "audit-unavailable", "Audit trail unavailable",
                        "The change was not saved because it could not be recorded in the audit trail.");
            } else if ("GET".equals(request.getMethod()) && status < 400
                    && !ANSWERED_WHEN_UNRECORDED.contains(relative)) {
                Problem.replace(response, 503, "audit-unavailable", "Audit trail unavailable",
                        "The request was not answered because it could not be recorded in the audit trail.");
            }
        }
    }
}
