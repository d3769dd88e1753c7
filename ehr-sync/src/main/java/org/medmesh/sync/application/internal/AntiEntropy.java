package org.medmesh.sync.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.hospital.domain.model.PeerHospital;
import org.medmesh.platform.application.Leadership;
import org.medmesh.platform.config.HospitalProperty;
import org.medmesh.sync.domain.model.Change;
import org.medmesh.sync.domain.model.ChangeHorizon;
import org.medmesh.sync.infrastructure.broker.BrokerSettings;
import org.medmesh.sync.infrastructure.broker.PeerMessenger;
import org.medmesh.sync.infrastructure.broker.RepairMessages;
import org.medmesh.sync.infrastructure.persistence.ReplicaSnapshot;
import org.medmesh.sync.infrastructure.persistence.SyncDatabase;
import org.medmesh.sync.infrastructure.signing.ChangeSeals;

/**
 * Heals what the stream missed (a queue purged by an operator, a restored backup, a lost database): this hospital sends
 * each peer the digests of its buckets, every {@code hospital.sync.anti-entropy-minutes} (default 10; 0 turns the
 * schedule off) and on request; a peer answers with the current states of its records in every bucket that differs,
 * which are merged here by the replication rules. Answering never triggers another digest, so the exchange ends. A
 * scheduled round compares only the records that have settled — changed more than
 * {@code hospital.sync.anti-entropy-settle-seconds} (default 60) ago — so the changes the stream is delivering do not
 * make every bucket differ ({@link ChangeHorizon}); a repair an operator or a rebuild asks for compares everything.
 */
@Singleton
@Startup
@DependsOn("EmbeddedBroker")
@TransactionManagement(TransactionManagementType.BEAN)
public class AntiEntropy {

    private static final int STATES_PER_MESSAGE = 100;
    private static final Logger LOG = Logger.getLogger(AntiEntropy.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SyncDatabase database;

    @Inject
    BrokerSettings settings;

    @Inject
    PeerMessenger messenger;

    @Inject
    ThisHospital hospital;

    @Inject
    ChangeSeals seals;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.SYNC_ANTI_ENTROPY_MINUTES, defaultValue = "10")
    int minutes;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.SYNC_ANTI_ENTROPY_SETTLE_SECONDS, defaultValue = "60")
    int settleSeconds;

    @Inject
    Leadership leadership;

    private ScheduledFuture<?> task;

    @PostConstruct
    void schedule() {
        if (minutes > 0) {
            task = scheduler.scheduleWithFixedDelay(this::exchangeWithAllPeers, minutes, minutes, TimeUnit.MINUTES);
        }
    }

    /** Led: with several server instances, one of them compares (each peer would otherwise answer every one). */
    void exchangeWithAllPeers() {
        if (leadership.fence(Leadership.ANTI_ENTROPY).isEmpty()) {
            return;
        }
        for (PeerHospital peer : settings.peers()) {
            try {
                requestRepairFrom(peer, ChangeHorizon.settled(Instant.now(), Duration.ofSeconds(settleSeconds)));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Anti-entropy with " + peer.id() + " skipped this round: " + e.getMessage());
            }
        }
    }

    /**
     * Sends the digests of all this hospital's records to the peer, which answers with what differs (an operator's
     * repair, a rebuild); returns the bucket count.
     */
    public int requestRepairFrom(PeerHospital peer) {
        return requestRepairFrom(peer, ChangeHorizon.EVERYTHING);
    }

    private int requestRepairFrom(PeerHospital peer, ChangeHorizon horizon) {
        Map<String, String> digests = digests(horizon);
        messenger.send(peer, RepairMessages.DIGEST, List.of(RepairMessages.digest(me(), horizon, digests)));
        LOG.info(() -> "Asked " + peer.id() + " to repair " + digests.size() + " bucket(s)");
        return digests.size();
    }

    /**
     * Answers a peer's digest with the current states of every bucket in which it differs from this hospital, each with
     * its origin's seal (this hospital signs its own). A digest is answered only when the broker account that delivered
     * it ({@code sender}) is the peer it names: no peer can make this hospital send to another.
     */
    public void answer(RepairMessages.Digest digest, String sender) {
        PeerHospital peer = settings.peers().stream().filter(p -> p.id().value().equals(digest.from())).findFirst()
                .orElse(null);
        if (peer == null || !digest.from().equals(sender)) {
            LOG.warning(() -> "Ignored a digest naming " + digest.from() + " delivered by broker account " + sender
                    + ": only a configured peer may ask for its own repair");
            return;
        }
        List<String> bodies = new ArrayList<>();
        int states = database.run("read the records to repair " + peer.id(), session -> {
            int found = 0;
            ReplicaSnapshot snapshot = session.snapshot();
            List<String> differing = ReplicaSnapshot.patientsFirst(
                    ReplicaSnapshot.differing(snapshot.bucketDigests(digest.horizon()), digest.buckets()));
            List<Change> batch = new ArrayList<>();
            for (String bucket : differing) {
                for (Change state : snapshot.states(bucket, digest.horizon())) {
                    batch.add(sealedForPeer(state));
                    found++;
                    if (batch.size() == STATES_PER_MESSAGE) {
                        bodies.add(RepairMessages.repair(me(), batch));
                        batch.clear();
                    }
                }
            }
            if (!batch.isEmpty()) {
                bodies.add(RepairMessages.repair(me(), batch));
            }
            return found;
        });
        if (!bodies.isEmpty()) {
            messenger.send(peer, RepairMessages.REPAIR, bodies);
        }
        int sent = states;
        LOG.info(() -> "Sent " + sent + " record state(s) to repair " + peer.id());
    }

    /** This hospital's own states are signed now; a received state keeps the seal of the hospital it came from. */
    private Change sealedForPeer(Change state) {
        if (state.origin().value().equals(me()) && state.seal() != null && !state.seal().signed()) {
            return seals.seal(state, state.seal().actor());
        }
        return state;
    }

    private Map<String, String> digests(ChangeHorizon horizon) {
        return database.run("compute the bucket digests", session -> session.snapshot().bucketDigests(horizon));
    }

    private String me() {
        return hospital.profile().id().value();
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
