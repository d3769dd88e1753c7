/**
 * In-container tests of replication on one node: the outbox relay and the broker topology.
 */
package org.medmesh.sync;
