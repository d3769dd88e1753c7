/**
 * The clinicians' notifications over REST: alerts about the patients they may see.
 */
package org.medmesh.interfaces.rest.notification;
