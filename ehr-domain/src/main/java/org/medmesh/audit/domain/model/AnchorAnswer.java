package org.medmesh.audit.domain.model;

/**
 * A peer's answer to "which checkpoint of my chain do you hold?": the newest one, its signature already checked, or
 * null when it holds none.
 */
public record AnchorAnswer(String witness, AuditCheckpoint held) {
}
