package org.medmesh.audit.domain.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
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
 * @param exposedPatients the patients a list or search answer showed (besides {@code patientId}): distinct, immutable,
 *            ordered by their text — which is also MariaDB's order of the big-endian {@code BINARY(16)} they are stored
 *            as (unlike {@link UUID#compareTo}, which compares signed halves); empty for most requests
 */
public record AuditRecord(Instant at, String hospital, String actor, String role, UUID patientId, String action,
        AuditOutcome outcome, int status, boolean breakGlass, List<UUID> exposedPatients) {

    private static final Comparator<UUID> STORED_ORDER = Comparator.comparing(UUID::toString);

    public AuditRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(hospital, "hospital");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        at = at.truncatedTo(ChronoUnit.MICROS);
        action = action.length() > 200 ? action.substring(0, 200) : action;
        exposedPatients = exposedPatients == null ? List.of() : inStoredOrder(exposedPatients);
    }

    /** A record of a request whose answer exposed no patient besides {@code patientId}. */
    public AuditRecord(Instant at, String hospital, String actor, String role, UUID patientId, String action,
            AuditOutcome outcome, int status, boolean breakGlass) {
        this(at, hospital, actor, role, patientId, action, outcome, status, breakGlass, List.of());
    }

    /** This record with the patients its answer exposed. */
    public AuditRecord exposing(Collection<UUID> patients) {
        return new AuditRecord(at, hospital, actor, role, patientId, action, outcome, status, breakGlass,
                List.copyOf(patients));
    }

    /** This record of a request that ended otherwise: with this outcome and status. */
    public AuditRecord answered(AuditOutcome otherOutcome, int otherStatus) {
        return new AuditRecord(at, hospital, actor, role, patientId, action, otherOutcome, otherStatus, breakGlass,
                exposedPatients);
    }

    private static List<UUID> inStoredOrder(Collection<UUID> patients) {
        SortedSet<UUID> sorted = new TreeSet<>(STORED_ORDER);
        sorted.addAll(patients);
        return List.copyOf(sorted);
    }
}
