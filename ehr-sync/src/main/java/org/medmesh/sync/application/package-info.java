/**
 * What the rest of the node may ask of the messaging layer: the state of this hospital's broker.
 */
package org.medmesh.sync.application;
