/**
 * The transactional outbox table, written through JPA in the caller's transaction.
 */
package org.medmesh.events.infrastructure.persistence;
