package org.medmesh.patient.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.medmesh.shared.domain.model.ChangeType;
import org.medmesh.events.application.RecordEvents;
import org.medmesh.identity.application.Caller;
import org.medmesh.patient.application.PatientAccess;
import org.medmesh.patient.application.PatientSearchHit;
import org.medmesh.patient.application.PatientService;
import org.medmesh.patient.application.PatientView;
import org.medmesh.patient.domain.model.Demographics;
import org.medmesh.patient.domain.model.Patient;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.patient.domain.model.PatientRepository;
import org.medmesh.patient.domain.model.PatientSearch;
import org.medmesh.shared.application.Page;
import org.medmesh.shared.domain.model.ClinicalRuleViolation;
import org.medmesh.shared.domain.model.StaleVersion;
import org.medmesh.shared.domain.model.Stamp;

@Stateless
public class DefaultPatientService implements PatientService {

    @Inject
    PatientRepository patients;

    @Inject
    RecordEvents events;

    @Inject
    Caller caller;

    @Inject
    PatientAccess access;

    @Override
    public PatientView register(Demographics demographics) {
        Stamp stamp = caller.stamp();
        demographics.requirePlausibleBirthDate(LocalDate.ofInstant(stamp.at(), ZoneOffset.UTC));
        requireUnusedNationalId(demographics, null);
        Patient patient = new Patient(patients.nextMrn(stamp.hospital().value()), demographics, stamp);
        events.stamp(patient);
        patients.store(patient);
        return announced(ChangeType.PATIENT_REGISTERED, patient, stamp);
    }

    @Override
    public PatientView find(PatientId id) {
        return PatientView.of(access.requireClinicalAccess(id));
    }

    @Override
    public Page<PatientSearchHit> search(PatientSearch search) {
        if (!search.hasCriteria()) {
            throw new ClinicalRuleViolation("search-criteria-required",
                    "Search by name, birth date or identifier (MRN or national id).");
        }
        List<Patient> found = patients.search(search);
        Set<PatientId> restricted = access.restricted(found);
        return Page.of(found, search.page(), search.size(),
                p -> PatientSearchHit.of(p, restricted.contains(p.patientId())));
    }

    @Override
    public PatientView update(PatientId id, long expectedVersion, Demographics demographics) {
        Patient patient = access.requireClinicalAccess(id);
        StaleVersion.check("patient", expectedVersion, patient);
        Stamp stamp = caller.stamp();
        demographics.requirePlausibleBirthDate(LocalDate.ofInstant(stamp.at(), ZoneOffset.UTC));
        requireUnusedNationalId(demographics, patient);
        patient.updateDemographics(demographics, stamp);
        events.stamp(patient);
        return announced(ChangeType.PATIENT_UPDATED, patient, stamp);
    }

    @Override
    public PatientView voidPatient(PatientId id, long expectedVersion, String reason) {
        Patient patient = access.requireClinicalAccess(id);
        StaleVersion.check("patient", expectedVersion, patient);
        Stamp stamp = caller.stamp();
        patient.voidRecord(stamp, reason);
        events.stamp(patient);
        return announced(ChangeType.PATIENT_VOIDED, patient, stamp);
    }

    private void requireUnusedNationalId(Demographics demographics, Patient self) {
        if (demographics.nationalId() == null) {
            return;
        }
        patients.findByNationalId(demographics.nationalId())
                .filter(other -> self == null || !other.id().equals(self.id()))
                .ifPresent(other -> {
                    throw new ClinicalRuleViolation("duplicate-national-id", "A patient with national id "
                            + demographics.nationalId() + " is already registered (MRN " + other.mrn()
                            + "). Open that patient instead of registering again.");
                });
    }

    private PatientView announced(ChangeType type, Patient patient, Stamp stamp) {
        patients.flush();
        PatientView view = PatientView.of(patient);
        events.recorded(type, patient, patient.id(), stamp);
        return view;
    }
}
