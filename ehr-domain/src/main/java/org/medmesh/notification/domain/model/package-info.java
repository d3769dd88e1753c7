/**
 * Notifications for a hospital's staff: the rules from events to audiences
 * ({@link org.medmesh.notification.domain.model.NotificationRule}, all in one place), the notifications they make, and
 * each person's inbox; local, never replicated. What the rules need to know of other contexts comes through ports those
 * contexts implement (the changes' descriptions, encounters, care teams, whether a person may see a patient).
 */
package org.medmesh.notification.domain.model;
