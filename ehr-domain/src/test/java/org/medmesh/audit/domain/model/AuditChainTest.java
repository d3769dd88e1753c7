package org.medmesh.audit.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final UUID PATIENT = UUID.fromString("01a20708-b9bf-77e7-abc4-617ae30061cb");
    private static final ChainKey KEY = ChainKey.of("a-test-audit-chain-key-of-32-bytes-or-more".getBytes(
            StandardCharsets.UTF_8));

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            AuditEntry entry = AuditChain.link(seq, record("GET patients/{id}", 200, "nurse.a"), previous, KEY);
            entries.add(entry);
            previous = entry.hash();
        }
        return entries;
    }

    private static AuditRecord record(String action, int status, String actor) {
        return new AuditRecord(Instant.parse("2026-11-23T08:00:00.123456789Z"), "hospA", actor, "nurse", PATIENT,
                action, AuditOutcome.ofStatus(status), status, false);
    }

    private static AuditVerdict verify(List<AuditEntry> entries, List<AuditEntry> original) {
        AuditEntry head = original.get(original.size() - 1);
        return AuditChain.verify(entries.iterator(), head.seq(), head.hash(), KEY);
    }

    @Test
    void anUntouchedChainVerifies() {
        List<AuditEntry> entries = chain(5);

        assertThat(verify(entries, entries)).isEqualTo(AuditVerdict.intact(5));
        assertThat(AuditChain.verify(Collections.emptyIterator(), 0, AuditChain.GENESIS, KEY).intact()).isTrue();
    }

    @Test
    void anEditedEntryIsFoundWhereItWasEdited() {
        List<AuditEntry> original = chain(5);
        List<AuditEntry> tampered = new ArrayList<>(original);
        AuditEntry third = original.get(2);
        tampered.set(2, new AuditEntry(3, record("GET patients/{id}", 200, "someone.else"), third.previousHash(),
                third.chainKeyId(), third.hash()));

        AuditVerdict verdict = verify(tampered, original);

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBrokenSeq()).isEqualTo(3);
        assertThat(verdict.problem()).contains("content");
    }

    @Test
    void anEditWhoseHashWasRecomputedBreaksTheNextLink() {
        List<AuditEntry> original = chain(5);
        List<AuditEntry> tampered = new ArrayList<>(original);
        tampered.set(2, AuditChain.link(3, record("GET patients/{id}", 200, "someone.else"), original.get(2)
                .previousHash(), KEY));

        AuditVerdict verdict = verify(tampered, original);

        assertThat(verdict.firstBrokenSeq()).isEqualTo(4);
        assertThat(verdict.problem()).contains("does not link");
    }

    @Test
    void aDeletedEntryIsFoundAsAGap() {
        List<AuditEntry> original = chain(5);
        List<AuditEntry> tampered = new ArrayList<>(original);
        tampered.remove(1);

        AuditVerdict verdict = verify(tampered, original);

        assertThat(verdict.firstBrokenSeq()).isEqualTo(2);
        assertThat(verdict.problem()).contains("missing");
    }

    @Test
    void swappedEntriesAreFound() {
        List<AuditEntry> original = chain(5);
        List<AuditEntry> tampered = new ArrayList<>(original);
        AuditEntry second = original.get(1);
        AuditEntry fourth = original.get(3);
        // the rows keep their positions but trade contents and hashes
        tampered.set(1, new AuditEntry(2, fourth.record(), fourth.previousHash(), fourth.chainKeyId(),
                fourth.hash()));
        tampered.set(3, new AuditEntry(4, second.record(), second.previousHash(), second.chainKeyId(),
                second.hash()));

        assertThat(verify(tampered, original).firstBrokenSeq()).isEqualTo(2);
    }

    @Test
    void aCutOffTailIsFoundAgainstTheHead() {
        List<AuditEntry> original = chain(5);

        AuditVerdict verdict = verify(original.subList(0, 3), original);

        assertThat(verdict.firstBrokenSeq()).isEqualTo(4);
        assertThat(verdict.problem()).contains("missing from the end");
    }

    @Test
    void noTwoDifferentContentsHashAlike() {
        AuditRecord a = new AuditRecord(Instant.EPOCH, "hospA", "ab", "c", null, "GET x", AuditOutcome.SUCCESS, 200,
                false);
        AuditRecord b = new AuditRecord(Instant.EPOCH, "hospA", "a", "bc", null, "GET x", AuditOutcome.SUCCESS, 200,
                false);

        assertThat(AuditChain.hash(1, a, AuditChain.GENESIS, KEY)).isNotEqualTo(AuditChain.hash(1, b,
                AuditChain.GENESIS, KEY));
    }
}
