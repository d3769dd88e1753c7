/**
 * Notifications for a hospital's administrators (break-the-glass accesses so far); local, never replicated.
 */
package org.medmesh.notification.domain.model;
