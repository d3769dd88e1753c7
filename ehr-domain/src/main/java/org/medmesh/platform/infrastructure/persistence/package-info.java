/**
 * The hospital database: its data source (from configuration) and the Flyway migration run at deploy.
 */
package org.medmesh.platform.infrastructure.persistence;
