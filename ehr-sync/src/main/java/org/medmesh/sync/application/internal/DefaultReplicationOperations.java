package org.medmesh.sync.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.medmesh.hospital.domain.model.PeerHospital;
import org.medmesh.shared.domain.model.RecordNotFound;
import org.medmesh.sync.application.ReplicationOperations;
import org.medmesh.sync.application.SyncStatus;
import org.medmesh.sync.application.SyncStatus.PeerStatus;
import org.medmesh.sync.infrastructure.broker.EmbeddedBroker;

@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultReplicationOperations implements ReplicationOperations {

    @Inject
    ReplicationStatusReader reader;

    @Inject
    EmbeddedBroker broker;

    @Inject
    AntiEntropy antiEntropy;

    @Override
    public SyncStatus status() {
        return reader.status();
    }

    @Override
    public ReplicaDigest digest() {
        return reader.digest();
    }

    @Override
    public PeerStatus pause(String peer) {
        PeerHospital known = known(peer);
        broker.pause(known);
        return reader.peerStatus(known);
    }

    @Override
    public PeerStatus resume(String peer) {
        PeerHospital known = known(peer);
        broker.resume(known);
        return reader.peerStatus(known);
    }

    @Override
    public RepairRequest requestRepair(String peer) {
        return new RepairRequest(peer, antiEntropy.requestRepairFrom(known(peer)));
    }

    private PeerHospital known(String peer) {
        return reader.peer(peer).orElseThrow(() -> new RecordNotFound("peer hospital", peer));
    }
}
