package org.medmesh.sync.domain.model;

import java.util.Set;

/**
 * Which records are append-only. Their only possible change after creation is voiding, so concurrent changes of them
 * agree in substance (the record is voided): the deterministic winner is kept and nothing is parked for review.
 */
public final class ReplicationPolicy {

    public static final String PATIENT = "patient";
    /** Break-the-glass grants: append-only; the patient's home hospital notifies its administrators of each. */
    public static final String BREAK_GLASS = "breakglass";

    private static final Set<String> APPEND_ONLY = Set.of("observation", "note", "dispensing", BREAK_GLASS);

    private ReplicationPolicy() {
    }

    public static boolean appendOnly(String aggregateType) {
        return APPEND_ONLY.contains(aggregateType);
    }
}
