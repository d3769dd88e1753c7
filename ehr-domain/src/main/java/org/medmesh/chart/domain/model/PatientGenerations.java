package org.medmesh.chart.domain.model;

import java.util.Optional;

import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.domain.model.Repository;

/**
 * Each patient's record generation, which every change of any of the patient's records renews in its transaction
 * (written here or received from a peer): a chart read at one generation is the chart for as long as the generation
 * stays the same.
 */
@Repository
public interface PatientGenerations {

    /** The patient's generation as the current transaction sees it; empty when the patient has none. */
    Optional<String> current(PatientId patient);
}
