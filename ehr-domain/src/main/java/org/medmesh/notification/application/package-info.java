/**
 * The administrators' notifications: reading them (creating them is done by the services whose events they report).
 */
package org.medmesh.notification.application;
