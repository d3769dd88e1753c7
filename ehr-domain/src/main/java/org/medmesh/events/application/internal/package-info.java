/**
 * Serializes record state into events and appends them to the outbox.
 */
package org.medmesh.events.application.internal;
