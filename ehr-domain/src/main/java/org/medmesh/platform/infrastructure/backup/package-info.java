/**
 * The hospital's backups: the encrypted archive (its format, written by the node and read by {@code ./ehr restore}),
 * the database dump and load, the runs' record with the leader's fence, the schedule and the retention.
 */
package org.medmesh.platform.infrastructure.backup;
