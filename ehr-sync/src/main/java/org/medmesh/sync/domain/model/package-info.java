/**
 * The replication rules, independent of any transport or database: how a hospital applies a change from a peer exactly
 * once, in patient order, converging with every other hospital and parking the losers of concurrent edits.
 */
package org.medmesh.sync.domain.model;
