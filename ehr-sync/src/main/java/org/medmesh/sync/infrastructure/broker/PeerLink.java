package org.medmesh.sync.infrastructure.broker;

/**
 * The outgoing link to one peer as the broker sees it.
 *
 * @param queueDepth changes waiting in the peer's queue, including those sent but not yet confirmed by the peer
 * @param oldestAgeMillis age of the oldest of them, 0 when the queue is empty
 * @param connected whether the bridge currently has a connection to the peer's broker
 * @param paused whether an operator paused the link: the peer's queue holds every change until resumed
 */
public record PeerLink(String peer, long queueDepth, long oldestAgeMillis, boolean connected, boolean paused) {
}
