/**
 * Node-level application services: facts about this node's own infrastructure (database reachability).
 */
package org.medmesh.platform.application;
