/**
 * This hospital's Apache Artemis broker: embedded in the node for development and tests, or external.
 */
package org.medmesh.sync.infrastructure.broker;
