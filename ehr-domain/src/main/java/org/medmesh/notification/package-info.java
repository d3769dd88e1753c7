/**
 * Notifications for the hospital's administrators, such as every break-the-glass access to a patient.
 */
package org.medmesh.notification;
