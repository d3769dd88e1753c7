/**
 * The scale scenario: patients bulk-loaded as copies of rows the node wrote itself, and the ward's lookups (name
 * search, MRN, patient, chart) timed at growing sizes beside the same lookups in raw SQL on the same database.
 */
package org.medmesh.bench.scale;
