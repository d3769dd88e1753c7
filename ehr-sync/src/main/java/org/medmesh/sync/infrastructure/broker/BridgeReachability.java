package org.medmesh.sync.infrastructure.broker;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.Optional;

import org.medmesh.sync.application.PeerReachability;
import org.medmesh.hospital.domain.model.PeerHospital;

/** The peers' reachability as the embedded broker's bridges see it; unknown with an external broker. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BridgeReachability implements PeerReachability {

    @Inject
    BrokerSettings settings;

    @Inject
    EmbeddedBroker broker;

    @Override
    public Reach reach() {
        int peers = 0;
        int connected = 0;
        int unknown = 0;
        for (PeerHospital peer : settings.peers()) {
            peers++;
            Optional<PeerLink> link = linkTo(peer);
            if (link.isEmpty()) {
                unknown++;
            } else if (link.get().connected()) {
                connected++;
            }
        }
        return new Reach(peers, connected, unknown);
    }

    private Optional<PeerLink> linkTo(PeerHospital peer) {
        try {
            return broker.link(peer);
        } catch (RuntimeException stopping) {
            return Optional.empty();
        }
    }
}
