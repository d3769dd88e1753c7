/**
 * Domain events: one per write, appended to the outbox in the same transaction as the change.
 */
package org.medmesh.events.domain.model;
