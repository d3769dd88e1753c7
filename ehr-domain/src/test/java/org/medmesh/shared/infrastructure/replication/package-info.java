/**
 * Tests that the contexts' replica tables keep every replicated column.
 */
package org.medmesh.shared.infrastructure.replication;
