package org.medmesh.sync.infrastructure.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medmesh.audit.domain.model.AuditCheckpoint;
import org.medmesh.sync.infrastructure.broker.CheckpointMessages;
import org.medmesh.sync.testsupport.TestChannel;

/**
 * Audit checkpoints signed with the launcher's keys: one verifies at every peer after travelling as a message; one
 * altered in any field, claimed for another hospital or signed with another hospital's key does not.
 */
class CheckpointSignatureTest {

    private static final String HASH = "ab".repeat(32);
    private static final Instant SIGNED = Instant.parse("2026-12-05T10:15:30.123456Z");

    private final ChangeSeals hospA = TestChannel.seals("hospA");
    private final ChangeSeals hospB = TestChannel.seals("hospB");

    @Test
    void aCheckpointVerifiesAtThePeersAfterTravellingAsAMessage() {
        AuditCheckpoint signed = hospA.signCheckpoint(42, HASH, SIGNED);
        AuditCheckpoint received = CheckpointMessages.readCheckpoint(CheckpointMessages.checkpoint(signed));

        assertThat(received).isEqualTo(signed);
        assertThat(hospB.signedByItsHospital(received)).isTrue();
        assertThat(TestChannel.seals("hospC").signedByItsHospital(received)).isTrue();
        assertThat(hospA.signedByItsHospital(received)).as("and at its own hospital, when a peer hands it back")
                .isTrue();
    }

    @Test
    void aCheckpointSignedAtAnyClockPrecisionVerifiesAsStored() {
        AuditCheckpoint signed = hospA.signCheckpoint(42, HASH, Instant.parse("2026-12-05T10:15:30.123456789Z"));

        assertThat(signed.signedAt()).isEqualTo(Instant.parse("2026-12-05T10:15:30.123456Z"));
        assertThat(hospB.signedByItsHospital(CheckpointMessages.readCheckpoint(CheckpointMessages.checkpoint(signed))))
                .isTrue();
    }

    @Test
    void anAlteredOrMisattributedCheckpointDoesNotVerify() {
        AuditCheckpoint signed = hospA.signCheckpoint(42, HASH, SIGNED);

        for (AuditCheckpoint forged : new AuditCheckpoint[]{
                new AuditCheckpoint("hospA", 41, HASH, SIGNED, signed.keyId(), signed.signature()),
                new AuditCheckpoint("hospA", 42, "cd".repeat(32), SIGNED, signed.keyId(), signed.signature()),
                new AuditCheckpoint("hospA", 42, HASH, SIGNED.plusSeconds(1), signed.keyId(), signed.signature()),
                new AuditCheckpoint("hospC", 42, HASH, SIGNED, signed.keyId(), signed.signature())}) {
            assertThat(hospB.signedByItsHospital(forged)).as(forged.toString()).isFalse();
        }
        AuditCheckpoint byB = hospB.signCheckpoint(42, HASH, SIGNED);
        assertThat(hospB.signedByItsHospital(new AuditCheckpoint("hospA", 42, HASH, SIGNED, byB.keyId(),
                byB.signature()))).as("B's key on a checkpoint claiming to be A's").isFalse();
    }

    @Test
    void anAnswerCarriesTheCheckpointHeldOrNone() {
        AuditCheckpoint signed = hospA.signCheckpoint(7, HASH, SIGNED);
        UUID query = UUID.randomUUID();

        CheckpointMessages.Answer held = CheckpointMessages.readAnswer(CheckpointMessages.answer("hospB", query,
                signed));
        CheckpointMessages.Answer none = CheckpointMessages.readAnswer(CheckpointMessages.answer("hospC", query, null));

        assertThat(held).isEqualTo(new CheckpointMessages.Answer("hospB", query, signed));
        assertThat(none).isEqualTo(new CheckpointMessages.Answer("hospC", query, null));
        assertThat(CheckpointMessages.readQuery(CheckpointMessages.query("hospA", query)))
                .isEqualTo(new CheckpointMessages.Query("hospA", query));
    }
}
