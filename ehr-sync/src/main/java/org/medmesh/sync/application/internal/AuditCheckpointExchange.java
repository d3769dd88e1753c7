package org.medmesh.sync.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.medmesh.audit.application.AuditAnchoring;
import org.medmesh.audit.domain.model.AnchorAnswer;
import org.medmesh.audit.domain.model.AuditCheckpoint;
import org.medmesh.audit.domain.model.AuditHead;
import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.hospital.domain.model.PeerHospital;
import org.medmesh.platform.application.Leadership;
import org.medmesh.platform.config.HospitalProperty;
import org.medmesh.sync.infrastructure.broker.BrokerSettings;
import org.medmesh.sync.infrastructure.broker.CheckpointMessages;
import org.medmesh.sync.infrastructure.broker.PeerMessenger;
import org.medmesh.sync.infrastructure.signing.ChangeSeals;

/**
 * Carries the audit checkpoints between hospitals (docs/privacy.md, "Threat model of the audit trail"). Every
 * {@code hospital.audit.checkpoint-seconds} (default 30; 0 turns it off), when this hospital's chain has grown, it
 * signs a checkpoint of its head and sends it to every peer; it keeps the checkpoints peers send of their chains (each
 * only from the peer's own broker account, its signature checked), answers a peer's query with the newest checkpoint of
 * that peer it holds, and keeps the answers to this hospital's own queries. A message that fails these checks is
 * refused (and, like any message that keeps failing, quarantined).
 */
@Singleton
@Startup
@DependsOn("EmbeddedBroker")
@TransactionManagement(TransactionManagementType.BEAN)
public class AuditCheckpointExchange {

    private static final Logger LOG = Logger.getLogger(AuditCheckpointExchange.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    BrokerSettings settings;

    @Inject
    PeerMessenger messenger;

    @Inject
    ThisHospital hospital;

    @Inject
    ChangeSeals seals;

    @Inject
    AuditAnchoring anchoring;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.AUDIT_CHECKPOINT_SECONDS, defaultValue = "30")
    int seconds;

    private ScheduledFuture<?> task;
    @Inject
    Leadership leadership;

    private long lastSent;

    @PostConstruct
    void schedule() {
        if (seconds > 0 && !settings.peers().isEmpty()) {
            task = scheduler.scheduleWithFixedDelay(this::sendCheckpoint, seconds, seconds, TimeUnit.SECONDS);
        }
    }

    /**
     * Signs the chain's head and sends it to every peer, unless it has not grown past the last one sent: a head moved
     * back (entries cut off) is never vouched for. Led: with several server instances, one of them sends (a new leader
     * sends the head it finds once more, which the peers keep only once).
     */
    void sendCheckpoint() {
        if (leadership.fence(Leadership.AUDIT_CHECKPOINTS).isEmpty()) {
            return;
        }
        try {
            AuditHead head = anchoring.head();
            if (head.seq() < lastSent) {
                LOG.severe(() -> "The audit chain's head moved back from entry " + lastSent + " to " + head.seq()
                        + ": no checkpoint is sent until it is past " + lastSent + " again; verify the chain");
            }
            if (head.seq() <= lastSent) {
                return;
            }
            String body = CheckpointMessages.checkpoint(seals.signCheckpoint(head.seq(), head.hash(), Instant.now()));
            for (PeerHospital peer : settings.peers()) {
                messenger.send(peer, CheckpointMessages.CHECKPOINT, List.of(body));
            }
            lastSent = head.seq();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No audit checkpoint sent this round: " + e.getClass().getSimpleName() + ": "
                    + e.getMessage());
        }
    }

    /** Asks every peer for the newest checkpoint of this hospital's chain it holds; returns the query's id. */
    public UUID askPeers() {
        UUID query = UUID.randomUUID();
        String body = CheckpointMessages.query(me(), query);
        for (PeerHospital peer : settings.peers()) {
            messenger.send(peer, CheckpointMessages.QUERY, List.of(body));
        }
        return query;
    }

    /** The ids of the peers that are asked. */
    public List<String> peers() {
        return settings.peers().stream().map(peer -> peer.id().value()).toList();
    }

    /** Handles a checkpoint message delivered by the broker account {@code sender}. */
    public void receive(String kind, String body, String sender) {
        switch (kind) {
            case CheckpointMessages.CHECKPOINT -> keep(CheckpointMessages.readCheckpoint(body), sender);
            case CheckpointMessages.QUERY -> answer(CheckpointMessages.readQuery(body), sender);
            case CheckpointMessages.ANSWER -> keepAnswer(CheckpointMessages.readAnswer(body), sender);
            default -> throw new IllegalArgumentException("unknown message kind " + kind);
        }
    }

    private void keep(AuditCheckpoint checkpoint, String sender) {
        if (!checkpoint.hospital().equals(sender) || !seals.signedByItsHospital(checkpoint)) {
            throw new IllegalArgumentException("an audit checkpoint of " + checkpoint.hospital() + " delivered by "
                    + sender + " is not signed by " + checkpoint.hospital() + " or not sent by it");
        }
        anchoring.keepPeerCheckpoint(checkpoint);
    }

    private void answer(CheckpointMessages.Query query, String sender) {
        PeerHospital peer = settings.peers().stream().filter(p -> p.id().value().equals(query.from())).findFirst()
                .orElse(null);
        if (peer == null || !query.from().equals(sender)) {
            throw new IllegalArgumentException("an audit anchor query from " + query.from() + " delivered by " + sender
                    + " is not answered");
        }
        AuditCheckpoint held = anchoring.newestCheckpointOf(query.from()).orElse(null);
        messenger.send(peer, CheckpointMessages.ANSWER, List.of(CheckpointMessages.answer(me(), query.query(), held)));
    }

    private void keepAnswer(CheckpointMessages.Answer answer, String sender) {
        AuditCheckpoint held = answer.held();
        if (!answer.witness().equals(sender)
                || held != null && (!held.hospital().equals(me()) || !seals.signedByItsHospital(held))) {
            throw new IllegalArgumentException("an audit anchor answer of " + answer.witness() + " delivered by "
                    + sender + " does not hold a checkpoint signed by this hospital");
        }
        anchoring.keepAnswer(answer.query(), new AnchorAnswer(answer.witness(), held));
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
