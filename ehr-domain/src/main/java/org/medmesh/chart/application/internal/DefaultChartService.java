package org.medmesh.chart.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.medmesh.chart.application.ChartService;
import org.medmesh.chart.application.ChartView;
import org.medmesh.chart.domain.model.PatientGenerations;
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
import org.medmesh.patient.application.PatientView;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.platform.application.HotReads;

@Stateless
public class DefaultChartService implements ChartService {

    /** How far back the chart looks for the latest value of each vital sign. */
    private static final int RECENT_OBSERVATIONS = 200;
    private static final int RECENT_ENCOUNTERS = 5;
    /** The charts' region of the hot reads. */
    static final String REGION = "chart";

    @Inject
    PatientService patients;

    @Inject
    PatientRecordWriter writer;

    @Inject
    PatientGenerations generations;

    @Inject
    HotReads hotReads;

    /**
     * The patient's record generation is read first, then the patient (access checked, read audited), then the records
     * (from the grid when kept there at that same generation): whatever the isolation, what is kept under a generation
     * is never older than it, so a chart read after a change returned never shows the chart from before.
     */
    @Override
    public ChartView chart(PatientId patient) {
        Optional<String> generation = generations.current(patient);
        PatientView view = patients.find(patient);
        if (generation.isEmpty()) {
            return records(patient).with(view);
        }
        Optional<ChartRecords> kept = hotReads.read(REGION, patient.value(), generation.get())
                .map(ChartRecords::fromJson);
        if (kept.isPresent()) {
            return kept.get().with(view);
        }
        ChartRecords read = records(patient);
        hotReads.keep(REGION, patient.value(), generation.get(), read.toJson());
        return read.with(view);
    }

    private ChartRecords records(PatientId patient) {
        return new ChartRecords(
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
