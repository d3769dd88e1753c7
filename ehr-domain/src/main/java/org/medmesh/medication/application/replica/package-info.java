/**
 * The medication context's part of the replication contract: prescriptions and dispensings as hospitals exchange them.
 */
package org.medmesh.medication.application.replica;
