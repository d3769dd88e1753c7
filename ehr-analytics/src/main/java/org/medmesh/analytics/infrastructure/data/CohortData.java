package org.medmesh.analytics.infrastructure.data;

import java.util.List;

import org.medmesh.analytics.domain.model.LabelledCase;

/**
 * A loaded cohort: its cases, and how many recorded values were read as missing because no patient can have them (a
 * serum cholesterol or blood pressure of 0, how the Swiss and VA files write "not measured").
 */
public record CohortData(UciCohort cohort, List<LabelledCase> cases, int implausibleValuesReadAsMissing) {

    public CohortData {
        cases = List.copyOf(cases);
    }
}
