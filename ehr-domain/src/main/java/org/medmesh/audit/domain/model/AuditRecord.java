package org.medmesh.audit.domain.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * What happened, before it is chained: the entry's content. Times are kept to the microsecond, as stored.
 *
 * @param at when the request was answered
 * @param hospital the hospital that answered it
 * @param actor the signed-in user, or null for an anonymous request
 * @param role the user's role at the time, or null
 * @param patientId the patient whose data was read or written, or null (a search, a refused request)
 * @param action method and path with ids replaced by {@code {id}}, e.g. {@code GET patients/{id}/chart}
 * @param outcome success, denied or failed
 * @param status the HTTP status answered
 * @param breakGlass whether access was granted by break-the-glass
 */
public record AuditRecord(Instant at, String hospital, String actor, String role, UUID patientId, String action,
        AuditOutcome outcome, int status, boolean breakGlass) {

    public AuditRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(hospital, "hospital");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        at = at.truncatedTo(ChronoUnit.MICROS);
        action = action.length() > 200 ? action.substring(0, 200) : action;
    }
}
