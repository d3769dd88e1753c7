/**
 * Tests of the hot reads: the seal of the entries, and the grid adapter against a real Hazelcast member.
 */
package org.medmesh.platform.infrastructure.grid;
