package org.medmesh.chart.application;

import java.util.List;

import org.medmesh.clinical.application.ClinicalViews.AllergyView;
import org.medmesh.clinical.application.ClinicalViews.ConditionView;
import org.medmesh.clinical.application.ClinicalViews.EncounterView;
import org.medmesh.clinical.application.ClinicalViews.ObservationView;
import org.medmesh.medication.application.PrescriptionView;
import org.medmesh.patient.application.PatientView;

/**
 * A patient's chart: demographics, active problems, allergies (active), current medications (active or dispensed), the
 * latest value of each vital sign, and recent visits.
 */
public record ChartView(PatientView patient, List<ConditionView> activeProblems, List<AllergyView> allergies,
        List<PrescriptionView> activeMedications, List<ObservationView> latestVitals,
        List<EncounterView> recentEncounters) {
}
