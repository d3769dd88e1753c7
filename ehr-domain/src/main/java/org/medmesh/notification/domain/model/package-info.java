/**
 * Notifications for a hospital's staff, each kind for one audience (administrators or clinicians); local, never
 * replicated.
 */
package org.medmesh.notification.domain.model;
