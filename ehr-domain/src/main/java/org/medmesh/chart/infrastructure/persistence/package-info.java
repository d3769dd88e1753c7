/**
 * The chart's reads of the patients' record generations (table {@code patient_record_generation}, kept by the
 * replication port's writers).
 */
package org.medmesh.chart.infrastructure.persistence;
