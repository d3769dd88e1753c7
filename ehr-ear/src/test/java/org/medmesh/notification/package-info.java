/** The notification rules, inboxes and live streams on a real node (in-container tests). */
package org.medmesh.notification;
