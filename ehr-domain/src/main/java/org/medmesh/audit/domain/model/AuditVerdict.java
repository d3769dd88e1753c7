package org.medmesh.audit.domain.model;

/**
 * The verifier's finding.
 *
 * @param intact whether every entry is in place, unchanged and linked
 * @param checked how many entries were checked
 * @param firstBrokenSeq the first entry that does not verify (null when intact)
 * @param problem what is wrong with it (null when intact)
 * @param unkeyed when intact, how many entries were written without the chain key (plain SHA-256: the chain's oldest,
 *            written before it was keyed), which the schema owner's account could rewrite consistently; 0 on a node
 *            keyed from its first start. Once the chain is keyed it must not grow: more than at the time of keying
 *            means keyed entries were rewritten as unkeyed ones. 0 when broken.
 */
public record AuditVerdict(boolean intact, long checked, Long firstBrokenSeq, String problem, long unkeyed) {

    /** Intact, every entry keyed. */
    public static AuditVerdict intact(long checked) {
        return intact(checked, 0);
    }

    public static AuditVerdict intact(long checked, long unkeyed) {
        return new AuditVerdict(true, checked, null, null, unkeyed);
    }

    public static AuditVerdict brokenAt(long checked, long seq, String problem) {
        return new AuditVerdict(false, checked, seq, problem, 0);
    }
}
