package org.medmesh.chart.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.medmesh.chart.application.ChartService;
import org.medmesh.chart.application.ChartView;
import org.medmesh.clinical.application.ClinicalViews.AllergyView;
import org.medmesh.clinical.application.ClinicalViews.ConditionView;
import org.medmesh.clinical.application.ClinicalViews.EncounterView;
import org.medmesh.clinical.application.ClinicalViews.ObservationView;
import org.medmesh.clinical.application.PatientRecordWriter;
import org.medmesh.clinical.domain.model.Allergy;
import org.medmesh.clinical.domain.model.Condition;
import org.medmesh.clinical.domain.model.ConditionStatus;
import org.medmesh.clinical.domain.model.Encounter;
import org.medmesh.clinical.domain.model.Observation;
import org.medmesh.clinical.domain.model.ObservationCategory;
import org.medmesh.medication.application.PrescriptionView;
import org.medmesh.medication.domain.model.Prescription;
import org.medmesh.patient.application.PatientService;
import org.medmesh.patient.domain.model.PatientId;

@Stateless
public class DefaultChartService implements ChartService {

    /** How far back the chart looks for the latest value of each vital sign. */
    private static final int RECENT_OBSERVATIONS = 200;
    private static final int RECENT_ENCOUNTERS = 5;

    @Inject
    PatientService patients;

    @Inject
    PatientRecordWriter writer;

    @Override
    public ChartView chart(PatientId patient) {
        return new ChartView(patients.find(patient),
                writer.allCurrent(Condition.class, patient).stream()
                        .filter(c -> c.status() == ConditionStatus.ACTIVE).map(ConditionView::of).toList(),
                writer.allCurrent(Allergy.class, patient).stream().filter(Allergy::active).map(AllergyView::of)
                        .toList(),
                writer.allCurrent(Prescription.class, patient).stream().filter(Prescription::current)
                        .map(PrescriptionView::of).toList(),
                latestVitals(patient),
                writer.ofPatient(Encounter.class, patient, false, 0, RECENT_ENCOUNTERS).stream()
                        .limit(RECENT_ENCOUNTERS).map(EncounterView::of).toList());
    }

    private List<ObservationView> latestVitals(PatientId patient) {
        Map<String, Observation> latest = new LinkedHashMap<>();
        writer.ofPatient(Observation.class, patient, false, 0, RECENT_OBSERVATIONS).stream()
                .filter(o -> o.category() == ObservationCategory.VITAL_SIGNS)
                .sorted(Comparator.comparing(Observation::effectiveAt).reversed())
                .forEach(o -> latest.putIfAbsent(o.code().system() + "|" + o.code().code(), o));
        return latest.values().stream().map(ObservationView::of).toList();
    }
}
