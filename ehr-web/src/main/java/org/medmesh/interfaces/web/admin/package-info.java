/**
 * The administrators' pages: staff accounts, replication per peer with the quarantine, the audit trail searched and its
 * chain verified. No clinical data is shown on them.
 */
package org.medmesh.interfaces.web.admin;
