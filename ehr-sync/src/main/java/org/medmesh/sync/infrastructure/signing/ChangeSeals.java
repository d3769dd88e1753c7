package org.medmesh.sync.infrastructure.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.medmesh.audit.domain.model.AuditCheckpoint;
import org.medmesh.events.domain.model.DomainEvent;
import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.platform.config.HospitalProperty;
import org.medmesh.sync.domain.model.Change;
import org.medmesh.sync.domain.model.Seal;

/**
 * Seals this hospital's changes with its signing key ({@code hospital.sync.signing-key}) and checks the seals of
 * changes from peers against the network's keys ({@code hospital.sync.network-keys}). The keys file is read again when
 * it changes, so an operator adds a hospital or rotates a key without restarting the node.
 */
@ApplicationScoped
public class ChangeSeals {

    private static final Logger LOG = Logger.getLogger(ChangeSeals.class.getName());

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.SYNC_SIGNING_KEY)
    Optional<String> signingKeyFile;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.SYNC_NETWORK_KEYS)
    Optional<String> networkKeysFile;

    @Inject
    ThisHospital hospital;

    private String hospitalId;
    private NetworkKeys network;
    private FileTime networkRead;
    private SigningKey signingKey;

    /** Seals and checks outside a node (tests, tools), with the given files. */
    public static ChangeSeals standalone(String hospital, Path signingKey, Path networkKeys) {
        ChangeSeals seals = new ChangeSeals();
        seals.hospitalId = hospital;
        seals.signingKeyFile = Optional.of(signingKey.toString());
        seals.networkKeysFile = Optional.of(networkKeys.toString());
        return seals;
    }

    /** Reads the keys now, so a node with a missing or foreign key fails at start rather than at its first change. */
    public synchronized void check() {
        signingKey();
    }

    /** This hospital's seal on one of its own changes, made by {@code actor}. */
    public Seal seal(DomainEvent event) {
        SigningKey key = signingKey();
        byte[] content = SignedContent.of(event.id(), event.type(), event.aggregateType(), event.aggregateId(),
                event.patientId(), event.originHospital(), event.hlc().toString(), event.actor(), event.payload());
        return new Seal(event.actor(), key.keyId(), key.sign(content));
    }

    /** This hospital's own record state, sealed for a peer (anti-entropy, rebuild); {@code actor} made the change. */
    public Change seal(Change own, String actor) {
        SigningKey key = signingKey();
        return own.sealed(new Seal(actor, key.keyId(), key.sign(SignedContent.of(own, actor))));
    }

    /**
     * A checkpoint of this hospital's audit chain, signed with its key; the time is kept to the microsecond, as stored
     * and as its peers check it.
     */
    public AuditCheckpoint signCheckpoint(long seq, String hash, Instant signedAt) {
        SigningKey key = signingKey();
        String me = hospitalId;
        Instant stored = signedAt.truncatedTo(ChronoUnit.MICROS);
        byte[] content = CheckpointContent.of(me, seq, hash, stored);
        return new AuditCheckpoint(me, seq, hash, stored, key.keyId(), key.sign(content));
    }

    /**
     * Whether the checkpoint carries its hospital's signature, by a key of that hospital the network lists and that was
     * not retired when the checkpoint was signed.
     */
    public boolean signedByItsHospital(AuditCheckpoint checkpoint) {
        byte[] content = CheckpointContent.of(checkpoint.hospital(), checkpoint.seq(), checkpoint.hash(),
                checkpoint.signedAt());
        return network().byId(checkpoint.keyId())
                .filter(key -> key.hospital().equals(checkpoint.hospital()) && key.validAt(checkpoint.signedAt()))
                .filter(key -> NetworkKeys.verifies(key.key(), content, checkpoint.signature())).isPresent();
    }

    /** Why a change from a peer must not be applied, or empty when its origin's signature holds. */
    public Optional<String> refusal(Change change) {
        return network().refusal(change);
    }

    private synchronized SigningKey signingKey() {
        if (signingKey == null) {
            Path file = Path.of(required(signingKeyFile, HospitalProperty.Names.SYNC_SIGNING_KEY));
            if (hospitalId == null) {
                hospitalId = hospital.profile().id().value();
            }
            signingKey = SigningKey.load(file, hospitalId, network());
            LOG.info(() -> "Signing this hospital's changes with key " + signingKey.keyId());
        }
        return signingKey;
    }

    private synchronized NetworkKeys network() {
        Path file = Path.of(required(networkKeysFile, HospitalProperty.Names.SYNC_NETWORK_KEYS));
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the network's signing keys " + file + ": " + e.getMessage(),
                    e);
        }
        if (network == null || !modified.equals(networkRead)) {
            network = NetworkKeys.read(file);
            networkRead = modified;
            LOG.info(() -> "Read the network's signing keys from " + file);
        }
        return network;
    }

    private static String required(Optional<String> value, String name) {
        return value.filter(v -> !v.isBlank()).orElseThrow(() -> new IllegalStateException(name
                + " must name a file: replication signs every change and verifies every change it receives"));
    }
}
