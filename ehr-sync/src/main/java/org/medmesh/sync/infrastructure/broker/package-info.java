/**
 * This hospital's Apache Artemis broker — embedded in the node for development and tests, or external — and the channel
 * to its peers: mutual TLS, one broker account per peer with the least permissions replication needs, one outgoing
 * address per peer, and the messages that travel on it.
 */
package org.medmesh.sync.infrastructure.broker;
