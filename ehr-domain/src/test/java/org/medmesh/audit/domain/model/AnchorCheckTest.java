package org.medmesh.audit.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The chain held against the peers' checkpoints: matching checkpoints leave an intact chain intact; a checkpoint past
 * the head (entries cut off) or one whose entry has another hash here (the chain rewritten up to it) breaks it, at the
 * first entry shown wrong, naming the peer; a peer that holds none or does not answer is reported, not counted against
 * the chain.
 */
class AnchorCheckTest {

    private static final AuditHead HEAD = new AuditHead(100, hash(100));
    private static final LongFunction<Optional<String>> CHAIN = seq -> seq <= 100
            ? Optional.of(hash(seq))
            : Optional.empty();
    private static final List<String> PEERS = List.of("hospB", "hospC");

    @Test
    void matchingCheckpointsLeaveTheChainIntact() {
        List<AnchorFinding> findings = AnchorCheck.findings(PEERS, Map.of("hospB", held("hospB", 90, hash(90)),
                "hospC", held("hospC", 100, hash(100))), HEAD, CHAIN);

        assertThat(findings).extracting(AnchorFinding::status).containsExactly(AnchorFinding.Status.MATCHES,
                AnchorFinding.Status.MATCHES);
        assertThat(AnchorCheck.verdict(AuditVerdict.intact(100), HEAD, findings).intact()).isTrue();
    }

    @Test
    void aCheckpointPastTheHeadShowsEntriesCutOff() {
        List<AnchorFinding> findings = AnchorCheck.findings(PEERS, Map.of("hospB", held("hospB", 120, hash(120)),
                "hospC", held("hospC", 90, hash(90))), HEAD, CHAIN);

        AuditVerdict verdict = AnchorCheck.verdict(AuditVerdict.intact(100), HEAD, findings);

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBrokenSeq()).isEqualTo(101);
        assertThat(verdict.problem()).contains("entries 101 to 120 are missing", "hospB");
    }

    @Test
    void aCheckpointWithAnotherHashShowsTheChainRewrittenUpToIt() {
        List<AnchorFinding> findings = AnchorCheck.findings(PEERS, Map.of("hospB", held("hospB", 80, hash(80)),
                "hospC", held("hospC", 60, "ff".repeat(32))), HEAD, CHAIN);

        AuditVerdict verdict = AnchorCheck.verdict(AuditVerdict.intact(100), HEAD, findings);

        assertThat(findings.get(1).status()).isEqualTo(AnchorFinding.Status.CONTRADICTS);
        assertThat(verdict.firstBrokenSeq()).isEqualTo(60);
        assertThat(verdict.problem()).contains("rewritten", "entry 60", "hospC");
    }

    @Test
    void peersHoldingNothingOrSilentAreReportedNotHeldAgainstTheChain() {
        List<AnchorFinding> findings = AnchorCheck.findings(PEERS, Map.of("hospB", new AnchorAnswer("hospB", null)),
                HEAD, CHAIN);

        assertThat(findings).extracting(AnchorFinding::witness, AnchorFinding::status).containsExactly(
                Tuple.tuple("hospB", AnchorFinding.Status.NONE_HELD),
                Tuple.tuple("hospC", AnchorFinding.Status.NO_ANSWER));
        assertThat(AnchorCheck.verdict(AuditVerdict.intact(100), HEAD, findings).intact()).isTrue();
    }

    @Test
    void aChainBrokenInItselfKeepsItsOwnFinding() {
        AuditVerdict broken = AuditVerdict.brokenAt(50, 50, "its content does not match its hash");
        List<AnchorFinding> findings = AnchorCheck.findings(PEERS, Map.of("hospB", held("hospB", 120, hash(120))),
                HEAD, CHAIN);

        assertThat(AnchorCheck.verdict(broken, HEAD, findings)).isEqualTo(broken);
    }

    private static AnchorAnswer held(String witness, long seq, String hash) {
        return new AnchorAnswer(witness, new AuditCheckpoint("hospA", seq, hash, Instant.parse("2026-12-05T10:00:00Z"),
                "0123456789abcdef", "c2lnbmF0dXJl"));
    }

    private static String hash(long seq) {
        return String.format("%064x", seq);
    }
}
