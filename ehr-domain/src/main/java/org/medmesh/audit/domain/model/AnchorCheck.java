package org.medmesh.audit.domain.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Holds this hospital's chain against the checkpoints of it that its peers keep: a checkpoint past the chain's head
 * means entries were cut off; a checkpoint whose entry has another hash here means the chain was rewritten up to it
 * (every hash covers the one before, so a rewrite anywhere before the checkpoint changes the checkpoint's entry).
 */
public final class AnchorCheck {

    private AnchorCheck() {
    }

    /** One finding per peer, in the peers' order; answers already carry checked signatures. */
    public static List<AnchorFinding> findings(Collection<String> peers, Map<String, AnchorAnswer> answers,
            AuditHead head, LongFunction<Optional<String>> hashAt) {
        List<AnchorFinding> findings = new ArrayList<>();
        for (String peer : peers) {
            AnchorAnswer answer = answers.get(peer);
            if (answer == null) {
                findings.add(new AnchorFinding(peer, AnchorFinding.Status.NO_ANSWER, null, "no answer in time"));
            } else if (answer.held() == null) {
                findings.add(new AnchorFinding(peer, AnchorFinding.Status.NONE_HELD, null,
                        "holds no checkpoint of this hospital yet"));
            } else {
                findings.add(finding(peer, answer.held(), head, hashAt));
            }
        }
        return findings;
    }

    private static AnchorFinding finding(String peer, AuditCheckpoint held, AuditHead head,
            LongFunction<Optional<String>> hashAt) {
        if (held.seq() > head.seq()) {
            return new AnchorFinding(peer, AnchorFinding.Status.CONTRADICTS, held.seq(), "entries " + (head.seq() + 1)
                    + " to " + held.seq() + " are missing: " + peer + " holds this hospital's checkpoint of entry "
                    + held.seq() + ", signed " + held.signedAt());
        }
        if (!hashAt.apply(held.seq()).map(held.hash()::equals).orElse(false)) {
            return new AnchorFinding(peer, AnchorFinding.Status.CONTRADICTS, held.seq(), "the chain up to entry "
                    + held.seq() + " was rewritten: that entry does not have the hash of the checkpoint " + peer
                    + " holds, signed " + held.signedAt());
        }
        return new AnchorFinding(peer, AnchorFinding.Status.MATCHES, held.seq(), "anchored up to entry " + held.seq());
    }

    /**
     * The chain's verdict held against the findings: a chain intact in itself that a checkpoint contradicts is broken
     * at the first entry the checkpoint shows to be missing or rewritten.
     */
    public static AuditVerdict verdict(AuditVerdict chain, AuditHead head, List<AnchorFinding> findings) {
        if (!chain.intact()) {
            return chain;
        }
        return findings.stream().filter(AnchorFinding::contradicts)
                .min((a, b) -> Long.compare(firstBroken(a, head), firstBroken(b, head)))
                .map(f -> AuditVerdict.brokenAt(chain.checked(), firstBroken(f, head), f.detail()))
                .orElse(chain);
    }

    private static long firstBroken(AnchorFinding finding, AuditHead head) {
        return Math.min(finding.seq(), head.seq() + 1);
    }
}
