/**
 * The clinical context's part of the replication contract: the state of each of its replicated record types as
 * hospitals exchange it.
 */
package org.medmesh.clinical.application.replica;
