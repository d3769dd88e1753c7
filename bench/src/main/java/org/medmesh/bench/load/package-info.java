/**
 * Load generators and latency recording. The fixed-rate generator measures each operation from the moment it was due,
 * not from when it was sent, so a stalled system cannot hide its queueing delay (no coordinated omission).
 */
package org.medmesh.bench.load;
