package org.medmesh.interfaces.condition;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The node's condition at one moment.
 *
 * @param causes why it is degraded; empty when it is normal
 * @param checkedAt when it was last found
 */
public record Condition(Set<DegradationCause> causes, Instant checkedAt) {

    public Condition {
        causes = Set.copyOf(causes);
    }

    public static Condition normal(Instant at) {
        return new Condition(Set.of(), at);
    }

    public boolean degraded() {
        return !causes.isEmpty();
    }

    public boolean has(DegradationCause cause) {
        return causes.contains(cause);
    }

    /** Its causes in a fixed order. */
    public List<DegradationCause> ordered() {
        EnumSet<DegradationCause> inOrder = EnumSet.noneOf(DegradationCause.class);
        inOrder.addAll(causes);
        return List.copyOf(inOrder);
    }

    /**
     * The {@code MedMesh-Condition} header (an RFC 8941 item with a parameter): {@code normal}, or
     * {@code degraded; causes="database-unreachable peers-unreachable"}.
     */
    public String header() {
        if (!degraded()) {
            return "normal";
        }
        return "degraded; causes=\"" + ordered().stream().map(DegradationCause::token).collect(Collectors.joining(" "))
                + "\"";
    }
}
