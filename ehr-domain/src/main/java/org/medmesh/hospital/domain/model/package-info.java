/**
 * The hospital as a member of the network: its profile and its peers.
 */
package org.medmesh.hospital.domain.model;
