/** Tests of the replication rules. */
package org.medmesh.sync.domain.model;
