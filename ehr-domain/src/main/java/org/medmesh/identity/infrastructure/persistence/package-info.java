/**
 * JPA implementation of the staff-account repository.
 */
package org.medmesh.identity.infrastructure.persistence;
