/**
 * The hospital's data grid (Payara's Hazelcast) as a shared cache of hot reads: sealed copies of what the database
 * said, never the record, served only at the generation they were read at.
 */
package org.medmesh.platform.infrastructure.grid;
