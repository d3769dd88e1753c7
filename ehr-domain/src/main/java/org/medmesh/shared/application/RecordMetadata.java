package org.medmesh.shared.application;

import java.time.Instant;

import org.medmesh.shared.domain.model.ReplicatedRecord;

/** Provenance of a record as clients see it: home hospital, who created, changed or voided it, and its version. */
public record RecordMetadata(String homeHospital, Instant createdAt, String createdBy, Instant changedAt,
        String changedBy, boolean voided, Instant voidedAt, String voidedBy, String voidReason, long version) {

    public static RecordMetadata of(ReplicatedRecord record) {
        return new RecordMetadata(record.homeHospital().value(), record.createdAt(), record.createdBy(),
                record.changedAt(), record.changedBy(), record.voided(), record.voidedAt(), record.voidedBy(),
                record.voidReason(), record.version());
    }
}
