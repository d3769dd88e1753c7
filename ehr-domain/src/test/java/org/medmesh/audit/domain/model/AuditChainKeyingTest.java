package org.medmesh.audit.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The chain hashed with the hospital's key, after entries written before it was keyed. */
class AuditChainKeyingTest {

    private static final ChainKey KEY = key("the-hospital-audit-chain-key-0123456789");
    private static final ChainKey OTHER_KEY = key("another-hospital-audit-chain-key-987654");
    /** Hashes of {@link #chartRead()} and {@link #refusedSearch()} as entries 1 and 2, made before keying existed. */
    private static final String LEGACY_FIRST = "ed82121c0571263189c157dacb8fa31661c3dff0b5a50b66d1321d7d1224f7e9";
    private static final String LEGACY_SECOND = "44729359ed29e49d81cfec4fa8a9cc3d735af314818cfdb85492690c11a52c39";

    private static ChainKey key(String secret) {
        return ChainKey.of(secret.getBytes(StandardCharsets.UTF_8));
    }

    private static AuditRecord chartRead() {
        return new AuditRecord(Instant.parse("2026-11-23T08:00:00.123456789Z"), "hospA", "nurse.a", "nurse",
                UUID.fromString("01a20708-b9bf-77e7-abc4-617ae30061cb"), "GET patients/{id}", AuditOutcome.SUCCESS,
                200, false);
    }

    private static AuditRecord refusedSearch() {
        return new AuditRecord(Instant.parse("2026-11-23T08:00:01Z"), "hospA", null, null, null, "GET patients",
                AuditOutcome.DENIED, 401, false);
    }

    /** Two entries written before keying, then {@code keyed} entries with {@link #KEY}. */
    private static List<AuditEntry> legacyThenKeyed(int keyed) {
        List<AuditEntry> entries = new ArrayList<>(List.of(new AuditEntry(1, chartRead(), AuditChain.GENESIS, null,
                LEGACY_FIRST), new AuditEntry(2, refusedSearch(), LEGACY_FIRST, null, LEGACY_SECOND)));
        for (int i = 0; i < keyed; i++) {
            entries.add(next(entries, chartRead(), KEY));
        }
        return entries;
    }

    private static AuditEntry next(List<AuditEntry> before, AuditRecord record, ChainKey key) {
        AuditEntry last = before.get(before.size() - 1);
        return AuditChain.link(last.seq() + 1, record, last.hash(), key);
    }

    private static AuditVerdict verify(List<AuditEntry> entries, ChainKey key) {
        AuditEntry head = entries.get(entries.size() - 1);
        return AuditChain.verify(entries.iterator(), head.seq(), head.hash(), key);
    }

    /** Verified with the key up to their last entry, the entries are broken first at {@code seq}, for that reason. */
    private static void assertBrokenAt(List<AuditEntry> entries, long seq, String problem) {
        assertThat(verify(entries, KEY)).returns(false, AuditVerdict::intact).returns(seq, AuditVerdict::firstBrokenSeq)
                .extracting(AuditVerdict::problem).asString().contains(problem);
    }

    @Test
    void entriesHashedBeforeTheChainWasKeyedKeepTheirHashAndStillVerify() {
        AuditEntry first = AuditChain.link(1, chartRead(), AuditChain.GENESIS, ChainKey.none());

        assertThat(first.hash()).isEqualTo(LEGACY_FIRST);
        assertThat(first.chainKeyId()).isNull();
        assertThat(AuditChain.link(2, refusedSearch(), LEGACY_FIRST, ChainKey.none()).hash()).isEqualTo(LEGACY_SECOND);
        assertThat(verify(legacyThenKeyed(0), KEY)).isEqualTo(AuditVerdict.intact(2, 2));
        assertThat(verify(legacyThenKeyed(0), ChainKey.none())).isEqualTo(AuditVerdict.intact(2, 2));
    }

    @Test
    void aKeyedEntryIsAnHmacUnderTheKeyAndNamesTheKey() {
        AuditEntry keyed = AuditChain.link(1, chartRead(), AuditChain.GENESIS, KEY);

        assertThat(keyed.chainKeyId()).isEqualTo(KEY.id()).hasSize(16);
        assertThat(keyed.hash()).hasSize(64).isNotEqualTo(LEGACY_FIRST)
                .isNotEqualTo(AuditChain.hash(1, chartRead(), AuditChain.GENESIS, OTHER_KEY));
        assertThat(verify(List.of(keyed), KEY)).isEqualTo(AuditVerdict.intact(1));
    }

    @Test
    void keyedEntriesAfterUnkeyedOnesVerifyAndTheUnkeyedAreCounted() {
        assertThat(verify(legacyThenKeyed(3), KEY)).isEqualTo(AuditVerdict.intact(5, 2));
    }

    @Test
    void anUnkeyedEntryAfterAKeyedOneIsBroken() {
        List<AuditEntry> entries = legacyThenKeyed(2);
        entries.add(next(entries, refusedSearch(), ChainKey.none()));

        assertBrokenAt(entries, 5, "written without the chain key");
    }

    @Test
    void anEntryWrittenWithAnotherKeyIsBroken() {
        List<AuditEntry> entries = legacyThenKeyed(2);
        entries.add(next(entries, refusedSearch(), OTHER_KEY));

        assertBrokenAt(entries, 5, "unknown chain key");
    }

    @Test
    void anAppendedEntryHashedWithPlainSha256IsBrokenWhateverKeyItNames() {
        List<AuditEntry> entries = legacyThenKeyed(2);
        AuditEntry last = entries.get(entries.size() - 1);
        String plain = AuditChain.hash(5, refusedSearch(), last.hash(), ChainKey.none());
        List<AuditEntry> namingTheKey = new ArrayList<>(entries);
        namingTheKey.add(new AuditEntry(5, refusedSearch(), last.hash(), KEY.id(), plain));
        List<AuditEntry> namingNone = new ArrayList<>(entries);
        namingNone.add(new AuditEntry(5, refusedSearch(), last.hash(), null, plain));

        assertBrokenAt(namingTheKey, 5, "content does not match");
        assertBrokenAt(namingNone, 5, "written without the chain key");
    }

    @Test
    void aConsistentlyRewrittenEntryIsBrokenWithoutTheKey() {
        List<AuditEntry> original = legacyThenKeyed(3);
        List<AuditEntry> rewritten = new ArrayList<>(original.subList(0, 3));
        AuditRecord edited = new AuditRecord(chartRead().at(), "hospA", "someone.else", "nurse",
                chartRead().patientId(), "GET patients/{id}", AuditOutcome.SUCCESS, 200, false);
        String previous = rewritten.get(2).hash();
        for (long seq = 4; seq <= 5; seq++) {
            AuditRecord record = seq == 4 ? edited : original.get((int) seq - 1).record();
            String hash = AuditChain.hash(seq, record, previous, ChainKey.none());
            rewritten.add(new AuditEntry(seq, record, previous, KEY.id(), hash));
            previous = hash;
        }

        assertBrokenAt(rewritten, 4, "content does not match");
    }

    @Test
    void keyedEntriesCannotBeVerifiedByANodeWithoutTheKey() {
        AuditVerdict verdict = verify(legacyThenKeyed(1), ChainKey.none());

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBrokenSeq()).isEqualTo(3);
        assertThat(verdict.problem()).contains("cannot be verified");
    }
}
