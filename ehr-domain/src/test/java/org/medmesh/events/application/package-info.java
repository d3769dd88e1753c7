/** Tests of the outbox's published surface. */
package org.medmesh.events.application;
