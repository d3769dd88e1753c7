/**
 * JPA implementation of the notification repository.
 */
package org.medmesh.notification.infrastructure.persistence;
