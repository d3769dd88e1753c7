package org.medmesh.interfaces.rest.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.medmesh.audit.domain.model.AuditEntry;

/**
 * One audit entry as an auditor reads it.
 *
 * @param seq position in the chain
 * @param at when
 * @param hospital where
 * @param actor who (null: anonymous)
 * @param role with which role
 * @param patientId whose data
 * @param exposedPatients the other patients a list or search answer showed (the patient search's hits)
 * @param action method and path
 * @param outcome SUCCESS, DENIED or FAILED
 * @param status HTTP status
 * @param breakGlass granted by break-the-glass
 * @param hash the entry's hash in the chain
 */
public record AuditEntryResponse(long seq, Instant at, String hospital, String actor, String role, UUID patientId,
        List<UUID> exposedPatients, String action, String outcome, int status, boolean breakGlass, String hash) {

    static AuditEntryResponse of(AuditEntry entry) {
        var r = entry.record();
        return new AuditEntryResponse(entry.seq(), r.at(), r.hospital(), r.actor(), r.role(), r.patientId(),
                r.exposedPatients(), r.action(), r.outcome().name(), r.status(), r.breakGlass(), entry.hash());
    }
}
