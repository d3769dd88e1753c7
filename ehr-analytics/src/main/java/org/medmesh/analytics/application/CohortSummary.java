package org.medmesh.analytics.application;

import java.util.Map;

import org.medmesh.analytics.domain.model.Feature;
import org.medmesh.analytics.infrastructure.data.UciCohort;

/**
 * A cohort as the model card describes it: cases, how many had heart disease, how many of each input were missing, and
 * how many recorded values were impossible (read as missing).
 */
public record CohortSummary(UciCohort cohort, int cases, int diseased, Map<Feature, Integer> missing,
        int implausibleValuesReadAsMissing) {

    public CohortSummary {
        missing = Map.copyOf(missing);
    }
}
