package org.medmesh.sync.infrastructure.broker;

import java.util.Set;

import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.security.Role;

/**
 * What each kind of broker account may do. The node ({@value #NODE}) may send, consume, browse and create queues on
 * every address it uses; a peer ({@value #PEER}) may only send to this hospital's inbox ({@value SyncTopology#IN}) — it
 * cannot consume or browse any queue (another peer's outgoing queue included), create an address or queue, or use
 * management. Nobody has the management permission: the broker is managed from inside the node.
 */
final class BrokerPermissions {

    static final String NODE = "node";
    static final String PEER = "peer";

    private BrokerPermissions() {
    }

    static void apply(Configuration config) {
        // name, send, consume, createDurableQueue, deleteDurableQueue, createNonDurableQueue,
        // deleteNonDurableQueue, manage, browse, createAddress, deleteAddress, view, edit
        Role node = new Role(NODE, true, true, true, true, true, true, false, true, true, false, false, false);
        Role peerSends = new Role(PEER, true, false, false, false, false, false, false, false, false, false, false,
                false);
        config.putSecurityRoles("#", Set.of(node));
        config.putSecurityRoles(SyncTopology.IN, Set.of(node, peerSends));
    }
}
