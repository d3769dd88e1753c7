package org.medmesh.analytics.application;

import java.util.List;
import java.util.Map;

import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.domain.model.Recalibration;
import org.medmesh.analytics.infrastructure.data.UciCohort;

/**
 * One submodel of the served model as the card lists it: its name and inputs, how many Cleveland patients it was
 * trained on (those with all its inputs), its own cross-validated ROC AUC there, its recalibration, and how many
 * patients of each cohort it scores.
 */
public record SubmodelUse(String name, List<Feature> inputs, int trainedOn, double clevelandAuc,
        Recalibration recalibration, Map<UciCohort, Integer> patients) {

    public SubmodelUse {
        inputs = List.copyOf(inputs);
        patients = Map.copyOf(patients);
    }

    public int total() {
        return patients.values().stream().mapToInt(Integer::intValue).sum();
    }
}
