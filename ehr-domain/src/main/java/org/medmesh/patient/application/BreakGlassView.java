package org.medmesh.patient.application;

import java.time.Instant;
import java.util.UUID;

import org.medmesh.patient.domain.model.BreakGlassGrant;
import org.medmesh.shared.application.RecordMetadata;

/** A break-the-glass grant as clients and events see it (the granting hospital is {@code record.homeHospital}). */
public record BreakGlassView(UUID id, UUID patientId, String grantee, String reason, Instant grantedAt,
        Instant expiresAt, RecordMetadata record) {

    public static BreakGlassView of(BreakGlassGrant g) {
        return new BreakGlassView(g.id(), g.patientId().value(), g.grantee(), g.reason(), g.createdAt(),
                g.expiresAt(), RecordMetadata.of(g));
    }
}
