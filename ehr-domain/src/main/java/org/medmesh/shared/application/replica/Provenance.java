package org.medmesh.shared.application.replica;

import java.time.Instant;

import org.medmesh.shared.domain.model.ReplicatedRecord;

/** Where a replicated record was made and who created, last changed or voided it (field {@code record}). */
public record Provenance(
        @StoredIn("home_hospital") String homeHospital,
        @StoredIn("created_at") Instant createdAt,
        @StoredIn("created_by") String createdBy,
        @StoredIn("changed_at") Instant changedAt,
        @StoredIn("changed_by") String changedBy,
        @StoredIn("voided_at") Instant voidedAt,
        @StoredIn("voided_by") String voidedBy,
        @StoredIn("void_reason") String voidReason) {

    public static Provenance of(ReplicatedRecord record) {
        return new Provenance(record.homeHospital().value(), record.createdAt(), record.createdBy(),
                record.changedAt(), record.changedBy(), record.voidedAt(), record.voidedBy(), record.voidReason());
    }
}
