/**
 * The node's one messaging adapter, shared by replication and analytics: the only place a broker connection factory is
 * made ({@link org.medmesh.platform.infrastructure.messaging.BrokerConnections}), a publisher sending batches in broker
 * transactions with duplicate detection, a consumer loop that survives broker restarts, and a health probe. Used only
 * from other modules' infrastructure packages.
 */
package org.medmesh.platform.infrastructure.messaging;
