/**
 * A seeded, deterministic simulation of several hospitals in one JVM running the real replication rules over a fake
 * clock and an unreliable fake transport.
 */
package org.medmesh.sync.simulation;
