package org.medmesh.sync.domain.model;

import java.util.Set;

/**
 * Which records are append-only. Their only possible change after creation is voiding, so concurrent changes of them
 * agree in substance (the record is voided): the deterministic winner is kept and nothing is parked for review.
 */
public final class ReplicationPolicy {

    public static final String PATIENT = "patient";

    private static final Set<String> APPEND_ONLY = Set.of("observation", "note", "dispensing");

    private ReplicationPolicy() {
    }

    public static boolean appendOnly(String aggregateType) {
        return APPEND_ONLY.contains(aggregateType);
    }
}
