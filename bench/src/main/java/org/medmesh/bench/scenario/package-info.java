/**
 * The scenarios of {@code docs/performance.md}, each measured beside its limit in the same run: REST writes beside raw
 * JDBC inserts of the same rows, REST reads beside raw primary-key reads of the same rows, replication lag beside the
 * raw Artemis bridge, and the node's footprint.
 */
package org.medmesh.bench.scenario;
