/**
 * Replication over HTTP: the status, digests and peer links for IT staff, and the conflict review queue for clinicians.
 */
package org.medmesh.interfaces.rest.sync;
