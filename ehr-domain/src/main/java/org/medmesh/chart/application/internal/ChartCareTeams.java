package org.medmesh.chart.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.medmesh.clinical.application.PatientRecordWriter;
import org.medmesh.clinical.domain.model.ClinicalNote;
import org.medmesh.clinical.domain.model.Encounter;
import org.medmesh.clinical.domain.model.EncounterStatus;
import org.medmesh.clinical.domain.model.Observation;
import org.medmesh.clinical.domain.model.PatientRecord;
import org.medmesh.clinical.domain.model.Treatment;
import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.medication.domain.model.Prescription;
import org.medmesh.notification.domain.model.CareTeams;
import org.medmesh.patient.domain.model.PatientId;

/**
 * A patient's care team at this hospital, read across the chart: the doctors attending the patient's open encounters
 * here, and whoever recorded an observation, ordered a treatment, wrote a note or prescribed in them.
 */
@ApplicationScoped
public class ChartCareTeams implements CareTeams {

    @Inject
    PatientRecordWriter records;

    @Inject
    ThisHospital hospital;

    @Override
    public Set<String> of(UUID patientId) {
        PatientId patient = new PatientId(patientId);
        String here = hospital.profile().id().value();
        List<Encounter> open = records.allCurrent(Encounter.class, patient).stream()
                .filter(e -> e.status() == EncounterStatus.IN_PROGRESS && e.homeHospital().value().equals(here))
                .toList();
        Set<String> team = new TreeSet<>();
        if (open.isEmpty()) {
            return team;
        }
        open.forEach(e -> team.add(e.attending()));
        List<UUID> ids = open.stream().map(Encounter::id).toList();
        for (Class<? extends PatientRecord> kind : List.of(Observation.class,
                Treatment.class, ClinicalNote.class, Prescription.class)) {
            team.addAll(records.authorsIn(kind, patient, ids));
        }
        return team;
    }
}
