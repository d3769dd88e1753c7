package org.medmesh.audit.application;

import java.util.List;

import org.medmesh.audit.domain.model.AnchorFinding;
import org.medmesh.audit.domain.model.AuditVerdict;

/**
 * The verifier's finding: the chain in itself and against the peers' checkpoints.
 *
 * @param intact the chain is intact in itself and no peer's checkpoint contradicts it
 * @param checked how many entries were checked
 * @param firstBrokenSeq the first entry that is wrong or missing (null when intact)
 * @param problem what is wrong (null when intact)
 * @param unkeyed see {@link AuditVerdict#unkeyed()}
 * @param anchors one finding per peer
 */
public record AnchoredVerdict(boolean intact, long checked, Long firstBrokenSeq, String problem, long unkeyed,
        List<AnchorFinding> anchors) {

    public static AnchoredVerdict of(AuditVerdict verdict, List<AnchorFinding> anchors) {
        return new AnchoredVerdict(verdict.intact(), verdict.checked(), verdict.firstBrokenSeq(), verdict.problem(),
                verdict.unkeyed(), List.copyOf(anchors));
    }
}
