package org.medmesh.sync.infrastructure.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmesh.events.domain.model.DomainEvent;
import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.domain.model.HospitalId;
import org.medmesh.shared.domain.model.VersionVector;
import org.medmesh.sync.domain.model.Change;
import org.medmesh.sync.domain.model.Seal;
import org.medmesh.sync.testsupport.TestChannel;

/**
 * Seals made with the launcher's keys ({@code channel-keys.sh}): a sealed change verifies wherever it is forwarded, and
 * every kind of forgery is refused with its reason — another hospital's key, an altered state or actor, an unknown key,
 * no seal, a key retired before the change was stamped.
 */
class ChangeSealsTest {

    private static final Path NETWORK = TestChannel.network();

    @TempDir
    Path dir;

    private final ChangeSeals hospA = seals("hospA");
    private final ChangeSeals hospB = seals("hospB");

    @Test
    void aSealedChangeVerifiesAtEveryHospitalAndAfterForwarding() {
        Change change = sealedAtA("{\"givenName\":\"Ada\"}");

        assertThat(hospB.refusal(change)).isEmpty();
        assertThat(seals("hospC").refusal(change)).as("forwarded to C by B, unchanged").isEmpty();
    }

    @Test
    void forgeriesAreRefusedWithTheirReason() {
        Change genuine = sealedAtA("{\"givenName\":\"Ada\"}");
        Seal seal = genuine.seal();

        assertThat(hospB.refusal(unsealed(genuine, "{\"givenName\":\"Eve\"}").sealed(seal)))
                .hasValueSatisfying(r -> assertThat(r).startsWith("bad signature"));
        assertThat(hospB.refusal(genuine.sealed(new Seal("dr.mallory", seal.keyId(), seal.signature()))))
                .hasValueSatisfying(r -> assertThat(r).startsWith("bad signature"));
        assertThat(hospB.refusal(genuine.sealed(new Seal(seal.actor(), "0123456789abcdef", seal.signature()))))
                .hasValueSatisfying(r -> assertThat(r).startsWith("unknown key"));
        assertThat(hospB.refusal(unsealed(genuine, genuine.payload()))).hasValueSatisfying(
                r -> assertThat(r).startsWith("unsigned"));

        Change claimingA = hospB.seal(change(new HospitalId("hospA"), "{}").sealed(Seal.unsigned("nurse.b")),
                "nurse.b");
        assertThat(seals("hospC").refusal(claimingA)).as("B's key on a change claiming origin A")
                .hasValueSatisfying(r -> assertThat(r).startsWith("forged origin"));
    }

    @Test
    void aRetiredKeyIsAcceptedOnlyForChangesStampedBeforeItsRetirement() throws Exception {
        Change genuine = sealedAtA("{}");
        Instant stamped = Instant.ofEpochMilli(genuine.hlc().millis());
        List<String> lines = Files.readAllLines(NETWORK.resolve("network-keys")).stream()
                .filter(l -> !l.startsWith("#")).toList();
        String keyOfA = lines.stream().filter(l -> l.startsWith("hospA ")).findFirst().orElseThrow();

        NetworkKeys retiredLater = NetworkKeys.parse(List.of(keyOfA + " retired-after=" + stamped.plusSeconds(60)),
                "test");
        NetworkKeys retiredBefore = NetworkKeys.parse(List.of(keyOfA + " retired-after=" + stamped.minusSeconds(60)),
                "test");

        assertThat(retiredLater.refusal(genuine)).isEmpty();
        assertThat(retiredBefore.refusal(genuine)).hasValueSatisfying(r -> assertThat(r).startsWith("retired key"));
    }

    @Test
    void aSigningKeyTheNetworkDoesNotListIsRefusedAtStart() throws Exception {
        Path keys = dir.resolve("network-keys");
        Files.write(keys, Files.readAllLines(NETWORK.resolve("network-keys")).stream()
                .filter(l -> !l.startsWith("hospA ")).toList());
        ChangeSeals withoutA = ChangeSeals.standalone("hospA", NETWORK.resolve("hospA/signing-key.pem"), keys);

        assertThatThrownBy(withoutA::check).hasMessageContaining("not a current key of hospA");
    }

    private Change sealedAtA(String payload) {
        DomainEvent event = DomainEvent.of("patient.registered", "patient", UUID.randomUUID(), UUID.randomUUID(),
                "hospA", "nurse.a", Instant.now(), new Hlc(System.currentTimeMillis(), 0, new HospitalId("hospA")),
                VersionVector.empty(), payload);
        Seal seal = hospA.seal(event);
        return new Change(event.id(), event.type(), event.aggregateType(), event.aggregateId(), event.patientId(),
                new HospitalId("hospA"), event.hlc(), event.vector().with(event.hlc()), event.payload(), seal);
    }

    private static Change change(HospitalId origin, String payload) {
        Hlc hlc = new Hlc(System.currentTimeMillis(), 0, origin);
        UUID id = UUID.randomUUID();
        return new Change(UUID.randomUUID(), "patient.registered", "patient", id, id, origin, hlc,
                VersionVector.empty().with(hlc), payload);
    }

    private static Change unsealed(Change change, String payload) {
        return new Change(change.eventId(), change.type(), change.aggregateType(), change.aggregateId(),
                change.patientId(), change.origin(), change.hlc(), change.vector(), payload);
    }

    private static ChangeSeals seals(String hospital) {
        return TestChannel.seals(hospital);
    }
}
