package org.medmesh.audit.domain.model;

/**
 * The verifier's finding.
 *
 * @param intact whether every entry is in place, unchanged and linked
 * @param checked how many entries were checked
 * @param firstBrokenSeq the first entry that does not verify (null when intact)
 * @param problem what is wrong with it (null when intact)
 */
public record AuditVerdict(boolean intact, long checked, Long firstBrokenSeq, String problem) {

    public static AuditVerdict intact(long checked) {
        return new AuditVerdict(true, checked, null, null);
    }

    public static AuditVerdict brokenAt(long checked, long seq, String problem) {
        return new AuditVerdict(false, checked, seq, problem);
    }
}
