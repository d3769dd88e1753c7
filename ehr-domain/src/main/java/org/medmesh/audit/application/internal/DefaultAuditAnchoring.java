package org.medmesh.audit.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.medmesh.audit.application.AnchoredVerdict;
import org.medmesh.audit.application.AuditAnchoring;
import org.medmesh.audit.domain.model.AnchorAnswer;
import org.medmesh.audit.domain.model.AnchorCheck;
import org.medmesh.audit.domain.model.AnchorFinding;
import org.medmesh.audit.domain.model.AuditAnchors;
import org.medmesh.audit.domain.model.AuditCheckpoint;
import org.medmesh.audit.domain.model.AuditHead;
import org.medmesh.audit.domain.model.AuditVerdict;

@Stateless
public class DefaultAuditAnchoring implements AuditAnchoring {

    /** How often the answers are looked for while waiting. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    @Inject
    AuditAnchors anchors;

    @Inject
    ChainSelfCheck selfCheck;

    @Inject
    ChainVerifications verifications;

    @Override
    public AuditHead head() {
        return anchors.head();
    }

    @Override
    public void keepPeerCheckpoint(AuditCheckpoint checkpoint) {
        anchors.keep(checkpoint);
    }

    @Override
    public Optional<AuditCheckpoint> newestCheckpointOf(String hospital) {
        return anchors.newestOf(hospital);
    }

    @Override
    public void keepAnswer(UUID query, AnchorAnswer answer) {
        anchors.keepAnswer(query, answer);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AnchoredVerdict verify(UUID query, List<String> peers, Duration wait) {
        AuditVerdict chain = selfCheck.verify();
        Map<String, AnchorAnswer> answers = awaitAnswers(query, peers, wait);
        // Read after the answers: a checkpoint signed while they were on their way is never past the head read here.
        AuditHead head = anchors.head();
        List<AnchorFinding> findings = AnchorCheck.findings(peers, answers, head, anchors::hashAt);
        AnchoredVerdict verdict = AnchoredVerdict.of(AnchorCheck.verdict(chain, head, findings), findings);
        verifications.record(verdict.intact(), verdict.checked(), verdict.firstBrokenSeq(), verdict.problem());
        return verdict;
    }

    /** The answers that arrived from the peers, waiting until all have or the time is up. */
    private Map<String, AnchorAnswer> awaitAnswers(UUID query, List<String> peers, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Map<String, AnchorAnswer> answers = anchors.answers(query).stream()
                    .filter(answer -> peers.contains(answer.witness()))
                    .collect(Collectors.toMap(AnchorAnswer::witness, Function.identity(), (a, b) -> a));
            if (answers.size() == peers.size() || System.nanoTime() - deadline >= 0) {
                return answers;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
