/**
 * Notifications for the hospital's staff: administrators are told of every break-the-glass access, quarantined message
 * and staff-account change; doctors and nurses of their patients' clinical alerts.
 */
package org.medmesh.notification;
