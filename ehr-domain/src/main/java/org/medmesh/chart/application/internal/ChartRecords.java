package org.medmesh.chart.application.internal;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.util.List;

import org.medmesh.chart.application.ChartView;
import org.medmesh.clinical.application.ClinicalViews.AllergyView;
import org.medmesh.clinical.application.ClinicalViews.ConditionView;
import org.medmesh.clinical.application.ClinicalViews.EncounterView;
import org.medmesh.clinical.application.ClinicalViews.ObservationView;
import org.medmesh.medication.application.PrescriptionView;
import org.medmesh.patient.application.PatientView;

/**
 * The part of a chart worth keeping between reads: everything but the patient, whose record every read loads anyway (to
 * check access and audit the read). Kept as JSON.
 */
public record ChartRecords(List<ConditionView> activeProblems, List<AllergyView> allergies,
        List<PrescriptionView> activeMedications, List<ObservationView> latestVitals,
        List<EncounterView> recentEncounters) {

    private static final Jsonb JSON = JsonbBuilder.create();

    ChartView with(PatientView patient) {
        return new ChartView(patient, activeProblems, allergies, activeMedications, latestVitals, recentEncounters);
    }

    String toJson() {
        return JSON.toJson(this);
    }

    static ChartRecords fromJson(String json) {
        return JSON.fromJson(json, ChartRecords.class);
    }
}
