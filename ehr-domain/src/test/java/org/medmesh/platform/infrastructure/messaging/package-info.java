/**
 * Tests of the shared messaging adapter against a real broker.
 */
package org.medmesh.platform.infrastructure.messaging;
