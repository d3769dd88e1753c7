package org.medmesh.sync.domain.model;

import org.medmesh.shared.domain.model.RecordType;

/**
 * Which records are append-only ({@link RecordType#appendOnly}). Their only possible change after creation is voiding,
 * so concurrent changes of them agree in substance (the record is voided): the deterministic winner is kept and nothing
 * is parked for review. A record type this hospital does not know is treated as mutable (its conflicts are kept).
 */
public final class ReplicationPolicy {

    /** The record type other records of a patient wait for. */
    public static final String PATIENT = RecordType.PATIENT.wireName();

    private ReplicationPolicy() {
    }

    public static boolean appendOnly(String aggregateType) {
        return RecordType.named(aggregateType).map(RecordType::appendOnly).orElse(false);
    }
}
