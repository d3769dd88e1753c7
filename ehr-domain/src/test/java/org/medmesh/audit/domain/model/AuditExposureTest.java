package org.medmesh.audit.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The patients a search or list answer exposed are part of its entry and covered by the entry's hash. */
class AuditExposureTest {

    private static final ChainKey KEY = ChainKey.of("exposure-test-audit-chain-key-0123456789"
            .getBytes(StandardCharsets.UTF_8));
    private static final UUID LOW = UUID.fromString("00000000-0000-7000-8000-000000000001");
    private static final UUID MIDDLE = UUID.fromString("7fffffff-0000-7000-8000-000000000002");
    /** Negative most significant bits: first by {@link UUID#compareTo}, last by text and in the database. */
    private static final UUID HIGH = UUID.fromString("ffffffff-0000-7000-8000-000000000003");

    private static AuditRecord search(List<UUID> exposed) {
        return new AuditRecord(Instant.parse("2026-12-01T10:15:30Z"), "hospA", "nurse.a", "nurse", null,
                "GET patients", AuditOutcome.SUCCESS, 200, false, exposed);
    }

    private static List<AuditEntry> chainWith(AuditRecord middle) {
        AuditEntry first = AuditChain.link(1, search(List.of()), AuditChain.GENESIS, KEY);
        AuditEntry second = AuditChain.link(2, middle, first.hash(), KEY);
        AuditEntry third = AuditChain.link(3, search(List.of()), second.hash(), KEY);
        return new ArrayList<>(List.of(first, second, third));
    }

    private static AuditVerdict verifyWithSecondExposing(List<UUID> stored) {
        List<AuditEntry> entries = chainWith(search(List.of(LOW, MIDDLE, HIGH)));
        AuditEntry second = entries.get(1);
        entries.set(1, new AuditEntry(2, second.record().exposing(stored), second.previousHash(),
                second.chainKeyId(), second.hash()));
        AuditEntry head = entries.get(2);
        return AuditChain.verify(entries.iterator(), head.seq(), head.hash(), KEY);
    }

    @Test
    void exposedPatientsAreDistinctImmutableAndInTheDatabasesOrder() {
        List<UUID> exposed = search(List.of(HIGH, LOW, MIDDLE, LOW)).exposedPatients();

        assertThat(exposed).containsExactly(LOW, MIDDLE, HIGH);
        assertThatThrownBy(() -> exposed.add(LOW)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(search(null).exposedPatients()).isEmpty();
    }

    @Test
    void aRecordWithoutExposedPatientsHashesAsARecordFromBeforeTheyWereRecorded() {
        AuditRecord without = new AuditRecord(Instant.parse("2026-12-01T10:15:30Z"), "hospA", "nurse.a", "nurse",
                null, "GET patients", AuditOutcome.SUCCESS, 200, false);

        assertThat(search(List.of())).isEqualTo(without);
        assertThat(AuditChain.hash(1, search(List.of(LOW)), AuditChain.GENESIS, KEY))
                .isNotEqualTo(AuditChain.hash(1, without, AuditChain.GENESIS, KEY));
    }

    @Test
    void theExposedPatientsAsWrittenVerify() {
        assertThat(verifyWithSecondExposing(List.of(HIGH, MIDDLE, LOW))).isEqualTo(AuditVerdict.intact(3));
    }

    @Test
    void aChangedExposedPatientBreaksTheEntry() {
        AuditVerdict verdict = verifyWithSecondExposing(List.of(LOW, MIDDLE, UUID.randomUUID()));

        assertThat(verdict.firstBrokenSeq()).isEqualTo(2);
        assertThat(verdict.problem()).contains("content does not match");
    }

    @Test
    void aRemovedExposedPatientBreaksTheEntry() {
        assertThat(verifyWithSecondExposing(List.of(LOW, HIGH)).firstBrokenSeq()).isEqualTo(2);
        assertThat(verifyWithSecondExposing(List.of()).firstBrokenSeq()).isEqualTo(2);
    }

    @Test
    void anAddedExposedPatientBreaksTheEntry() {
        assertThat(verifyWithSecondExposing(List.of(LOW, MIDDLE, HIGH, UUID.randomUUID())).firstBrokenSeq())
                .isEqualTo(2);
    }
}
