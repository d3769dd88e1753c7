/**
 * Implementation of the notification service.
 */
package org.medmesh.notification.application.internal;
