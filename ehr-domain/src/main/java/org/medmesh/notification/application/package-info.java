/**
 * The staff's notifications: reading them, each audience its own kinds (creating them is done by the services whose
 * events they report).
 */
package org.medmesh.notification.application;
