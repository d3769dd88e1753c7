/**
 * The patient context's part of the replication contract: registrations, consents and break-the-glass grants as
 * hospitals exchange them.
 */
package org.medmesh.patient.application.replica;
