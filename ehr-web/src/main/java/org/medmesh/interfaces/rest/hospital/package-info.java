/**
 * Public facts about this node: identity, version and peers.
 */
package org.medmesh.interfaces.rest.hospital;
