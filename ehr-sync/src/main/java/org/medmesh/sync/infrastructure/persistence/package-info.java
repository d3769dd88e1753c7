/**
 * The replication state in the hospital database: received changes applied to the clinical tables by state transfer,
 * the inbox, changes waiting for their patient, parked conflicts and quarantined messages. Plain JDBC on the hospital's
 * JTA data source, inside the caller's transaction.
 */
package org.medmesh.sync.infrastructure.persistence;
