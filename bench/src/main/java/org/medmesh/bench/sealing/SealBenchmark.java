package org.medmesh.bench.sealing;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.medmesh.events.domain.model.DomainEvent;
import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.domain.model.HospitalId;
import org.medmesh.shared.domain.model.VersionVector;
import org.medmesh.sync.domain.model.Change;
import org.medmesh.sync.domain.model.Seal;
import org.medmesh.sync.infrastructure.signing.ChangeSeals;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Sealing one change at its origin (hospital A's production code and key: canonical content, Ed25519 signature) and
 * verifying it at a peer (hospital B's network keys), on an observation the size the REST write path produces. Sampled,
 * so the report can give p50 and p99.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SealBenchmark {

    /** The bench network's channel folder ({@code $EHR_WORK/channel}). */
    @Param("")
    public String channel;

    private ChangeSeals atA;
    private ChangeSeals atB;
    private DomainEvent event;
    private Change sealed;

    @Setup(Level.Trial)
    public void keysOfTheBenchNetwork() {
        Path dir = Path.of(channel);
        atA = ChangeSeals.standalone("hospA", dir.resolve("hospA/signing-key.pem"), dir.resolve("network-keys"));
        atB = ChangeSeals.standalone("hospB", dir.resolve("hospB/signing-key.pem"), dir.resolve("network-keys"));
        Hlc hlc = new Hlc(System.currentTimeMillis(), 0, new HospitalId("hospA"));
        event = DomainEvent.of("observation.recorded", "observation", UUID.randomUUID(), UUID.randomUUID(), "hospA",
                "nurse.a", Instant.now(), hlc, VersionVector.empty().with(hlc), observation());
        Seal seal = atA.seal(event);
        sealed = new Change(event.id(), event.type(), event.aggregateType(), event.aggregateId(), event.patientId(),
                new HospitalId("hospA"), hlc, event.vector(), event.payload(), seal);
    }

    @Benchmark
    public Seal sealAtTheOrigin() {
        return atA.seal(event);
    }

    @Benchmark
    public Object verifyAtAPeer() {
        return atB.refusal(sealed);
    }

    /** An observation's state as the REST write path publishes it (about 1 KB). */
    private static String observation() {
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"patientId\":\"" + UUID.randomUUID() + "\",\"encounterId\":\""
                + UUID.randomUUID() + "\",\"category\":\"vital-signs\",\"code\":{\"system\":\"http://loinc.org\","
                + "\"code\":\"8480-6\",\"display\":\"Systolic blood pressure\"},\"valueQuantity\":{\"value\":128,"
                + "\"unit\":\"mm[Hg]\"},\"effectiveAt\":\"2026-12-04T10:00:00Z\",\"note\":\"" + "x".repeat(600)
                + "\",\"record\":{\"homeHospital\":\"hospA\",\"createdAt\":\"2026-12-04T10:00:00Z\",\"createdBy\":"
                + "\"nurse.a\",\"changedAt\":\"2026-12-04T10:00:00Z\",\"changedBy\":\"nurse.a\",\"voided\":false,"
                + "\"version\":0}}";
    }
}
