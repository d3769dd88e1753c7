package org.medmesh.audit.infrastructure.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.logging.Logger;

import org.medmesh.audit.domain.model.AuditChain;
import org.medmesh.audit.domain.model.AuditOutcome;
import org.medmesh.audit.domain.model.AuditRecord;
import org.medmesh.audit.domain.model.ChainKey;

/**
 * What a waiting record is chained as: itself when its seal verifies and it was not chained before; otherwise an entry
 * saying what was found in its place (its content is not the application's, so it is not repeated), logged for the
 * operators.
 */
final class IntakeFindings {

    static final String FORGED = "FORGED audit intake record";
    static final String COPIED = "COPIED audit intake record";
    private static final Logger LOG = Logger.getLogger(IntakeFindings.class.getName());

    private IntakeFindings() {
    }

    static AuditRecord asChained(AuditIntake.Waiting waiting, ChainKey key) {
        if (waiting.record() == null || !sealed(waiting, key)) {
            return finding(waiting, FORGED);
        }
        if (waiting.chainedBefore()) {
            return finding(waiting, COPIED);
        }
        return waiting.record();
    }

    private static boolean sealed(AuditIntake.Waiting waiting, ChainKey key) {
        String expected = AuditChain.seal(waiting.id(), waiting.record(), key);
        return waiting.seal() != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                waiting.seal().getBytes(StandardCharsets.US_ASCII));
    }

    private static AuditRecord finding(AuditIntake.Waiting waiting, String what) {
        LOG.severe(() -> what + " " + waiting.id() + ": it was not written by the application; chained as a finding");
        String hospital = waiting.hospital() == null || waiting.hospital().isBlank() ? "?" : waiting.hospital();
        return new AuditRecord(Instant.now(), hospital, null, null, null, what + " " + waiting.id(),
                AuditOutcome.FAILED, 0, false);
    }
}
